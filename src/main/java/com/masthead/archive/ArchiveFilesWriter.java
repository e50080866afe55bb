package com.masthead.archive;

import com.masthead.storage.ObjectInfo;
import com.masthead.storage.ObjectStore;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Copies the store's files into the archive (entries {@code files/<key>}, by key) and then writes the files index,
 * {@code files.jsonl}, from a temporary file, so neither the files nor the index are held in memory. A file that
 * disappears between the listing and the copy is left out with a note.
 */
final class ArchiveFilesWriter {

    private static final long NOTE_EVERY = 500;

    private final ObjectStore store;
    private final ZipEntryWriter zip;
    private final Clock clock;
    private final Consumer<String> out;
    private final JsonMapper json = ArchiveJson.mapper();

    ArchiveFilesWriter(ObjectStore store, ZipEntryWriter zip, Clock clock, Consumer<String> out) {
        this.store = store;
        this.zip = zip;
        this.clock = clock;
        this.out = out;
    }

    Manifest.FilesEntry write(List<String> folders) throws IOException {
        Path index = Files.createTempFile("masthead-archive-files", ".jsonl");
        long count = 0;
        long bytes = 0;
        long started = clock.millis();
        try {
            try (BufferedWriter lines = Files.newBufferedWriter(index, StandardCharsets.UTF_8)) {
                for (String folder : folders) {
                    List<String> keys = store.list(folder).sorted().toList();
                    out.accept("export files " + folder + ": " + keys.size() + " files");
                    for (String key : keys) {
                        Optional<Manifest.FileLine> copied = copy(key);
                        if (copied.isEmpty()) {
                            out.accept("export files: " + key + " disappeared meanwhile; left out");
                            continue;
                        }
                        lines.write(json.writeValueAsString(copied.get()));
                        lines.write('\n');
                        count++;
                        bytes += copied.get().bytes();
                        if (count % NOTE_EVERY == 0) {
                            out.accept(rate("export files: " + count + " files", bytes, started));
                        }
                    }
                }
            }
            try (OutputStream entry = zip.begin(Manifest.FilesEntry.ENTRY, true);
                    BufferedReader lines = Files.newBufferedReader(index, StandardCharsets.UTF_8)) {
                String line;
                while ((line = lines.readLine()) != null) {
                    entry.write(line.getBytes(StandardCharsets.UTF_8));
                    entry.write('\n');
                }
            }
            ZipEntryWriter.Written written = zip.end();
            out.accept(rate("export files: " + count + " files", bytes, started));
            return new Manifest.FilesEntry(Manifest.FilesEntry.ENTRY, count, bytes, written.sha256());
        } finally {
            Files.deleteIfExists(index);
        }
    }

    private Optional<Manifest.FileLine> copy(String key) throws IOException {
        Optional<ObjectInfo> info = store.stat(key);
        InputStream in;
        try {
            in = info.isEmpty() ? null : store.open(key, 0);
        } catch (NoSuchFileException e) {
            in = null;
        }
        if (in == null) {
            return Optional.empty();
        }
        try (InputStream content = in;
                OutputStream entry = zip.begin("files/" + key, false)) {
            content.transferTo(entry);
        }
        ZipEntryWriter.Written written = zip.end();
        return Optional.of(
                new Manifest.FileLine(key, written.bytes(), info.get().contentType(), written.sha256()));
    }

    static String rate(String what, long bytes, long startedMillis, Clock clock) {
        double seconds = Math.max(1, clock.millis() - startedMillis) / 1000.0;
        return String.format(java.util.Locale.ROOT, "%s, %d bytes, %.1f MB/s", what, bytes, bytes / seconds / 1e6);
    }

    private String rate(String what, long bytes, long startedMillis) {
        return rate(what, bytes, startedMillis, clock);
    }
}
