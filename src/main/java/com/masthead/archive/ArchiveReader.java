package com.masthead.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.flywaydb.core.api.MigrationVersion;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Opens an archive for import and checks it before anything is written: a complete zip (its central directory is
 * at the very end, so a truncated file does not open), a manifest of format {@value ArchiveTables#FORMAT} from a
 * schema no newer than the target's, and every entry's SHA-256 as the manifest and the files index state it.
 */
final class ArchiveReader implements AutoCloseable {

    private final ZipFile zip;
    private final Manifest manifest;
    private final JsonMapper json = ArchiveJson.mapper();

    private ArchiveReader(ZipFile zip, Manifest manifest) {
        this.zip = zip;
        this.manifest = manifest;
    }

    static ArchiveReader open(Path file) {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new ArchiveRefusedException(
                    file + " is not a complete archive (truncated, or not a zip file): " + e.getMessage(), e);
        } catch (IOException e) {
            throw new ArchiveRefusedException("cannot read " + file + ": " + e.getMessage(), e);
        }
        try {
            ZipEntry entry = zip.getEntry(Manifest.ENTRY);
            if (entry == null) {
                throw new ArchiveRefusedException(file + " has no " + Manifest.ENTRY + ": not a Masthead archive");
            }
            Manifest manifest;
            try (InputStream in = zip.getInputStream(entry)) {
                manifest = ArchiveJson.mapper().readValue(in, Manifest.class);
            } catch (JacksonException e) {
                throw new ArchiveRefusedException(Manifest.ENTRY + " cannot be read: " + e.getOriginalMessage(), e);
            }
            requireFormat(manifest);
            return new ArchiveReader(zip, manifest);
        } catch (IOException | RuntimeException e) {
            closeQuietly(zip);
            if (e instanceof ArchiveRefusedException refused) {
                throw refused;
            }
            throw new ArchiveRefusedException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static void requireFormat(Manifest manifest) {
        String format = manifest.format();
        if (ArchiveTables.FORMAT.equals(format)) {
            if (manifest.tables() == null || manifest.files() == null || manifest.schemaVersion() == null) {
                throw new ArchiveRefusedException(
                        Manifest.ENTRY + " is incomplete (tables, files or schemaVersion missing)");
            }
            return;
        }
        if (format != null && format.startsWith(ArchiveTables.FORMAT_PREFIX)) {
            throw new ArchiveRefusedException("the archive's format is " + format + ", newer than this version of "
                    + "Masthead reads (" + ArchiveTables.FORMAT + "): import it with a newer version");
        }
        throw new ArchiveRefusedException("not a Masthead archive (format " + format + ")");
    }

    /** Refuses an archive written from a newer schema than the target has. */
    void requireSchemaAtMost(MigrationVersion target) {
        MigrationVersion archived;
        try {
            archived = MigrationVersion.fromVersion(manifest.schemaVersion());
        } catch (RuntimeException e) {
            throw new ArchiveRefusedException(
                    "the manifest's schema version " + manifest.schemaVersion() + " is not a version");
        }
        if (archived.isNewerThan(target)) {
            throw new ArchiveRefusedException(
                    "the archive was written from schema version " + archived + ", newer than this database's " + target
                            + ": import it with the version of Masthead that wrote it, or a newer one");
        }
    }

    Manifest manifest() {
        return manifest;
    }

    /** The entry's content; the caller closes it. */
    InputStream open(String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new ArchiveRefusedException("the archive has no entry " + name + " although the manifest names it");
        }
        return zip.getInputStream(entry);
    }

    /** Reads the whole entry and compares its SHA-256 and size with what the manifest or the files index says. */
    void verify(String name, String sha256, long bytes) {
        MessageDigest digest = ZipEntryWriter.sha256();
        long size;
        try (InputStream in = new DigestInputStream(open(name), digest)) {
            size = in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new ArchiveRefusedException(name + " cannot be read (the archive is damaged): " + e.getMessage(), e);
        }
        String actual = HexFormat.of().formatHex(digest.digest());
        if (!actual.equalsIgnoreCase(String.valueOf(sha256)) || size != bytes) {
            throw new ArchiveRefusedException("checksum mismatch in " + name + ": the manifest says SHA-256 " + sha256
                    + " (" + bytes + " bytes), the entry has " + actual + " (" + size
                    + " bytes); the archive is damaged or was changed");
        }
    }

    JsonMapper json() {
        return json;
    }

    @Override
    public void close() {
        closeQuietly(zip);
    }

    private static void closeQuietly(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException e) {
            // nothing was written through it; closing a read-only file cannot lose anything
        }
    }
}
