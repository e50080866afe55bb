package com.masthead.backup;

import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes {@code manifest.json} (indented JSON, one file per line in {@code files}). */
final class ManifestFile {

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ManifestFile() {}

    static void write(Path backup, BackupManifest manifest) {
        JSON.writeValue(backup.resolve(BackupManifest.FILE_NAME).toFile(), manifest);
    }

    /** The manifest of {@code backup}. */
    static BackupManifest read(Path backup) {
        Path file = backup.resolve(BackupManifest.FILE_NAME);
        if (!Files.isRegularFile(file)) {
            throw new BackupRefused(backup + " is not a backup: it has no " + BackupManifest.FILE_NAME
                    + " (give the folder a backup made, masthead-backup-<time>)");
        }
        try {
            BackupManifest manifest = JSON.readValue(file.toFile(), BackupManifest.class);
            if (manifest.files() == null || manifest.schemaVersion() == null || manifest.auditHead() == null) {
                throw new BackupRefused(file + " is incomplete: it lacks the file list, schema version or audit head");
            }
            return manifest;
        } catch (JacksonException e) {
            throw new BackupRefused(file + " cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    static boolean isBackup(Path folder) {
        return Files.isRegularFile(folder.resolve(BackupManifest.FILE_NAME));
    }
}
