package com.masthead.archive;

import com.masthead.storage.ObjectStore;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;

/**
 * The archive's files on import: checks the files index and every file's SHA-256 before anything is written, then
 * puts each file into the store (streamed). A key the store already holds with the same size is left as it is
 * (keys name their content: a picture's hash, an e-paper file's hash), which is what moving a site onto a new
 * database with the same file store needs. Remembers the keys it put, so that a failed import can delete them.
 */
final class ArchiveFilesLoader {

    private static final long NOTE_EVERY = 500;

    private final ArchiveReader archive;
    private final ObjectStore store;
    private final Clock clock;
    private final Consumer<String> out;
    private final List<String> written = new ArrayList<>();

    ArchiveFilesLoader(ArchiveReader archive, ObjectStore store, Clock clock, Consumer<String> out) {
        this.archive = archive;
        this.store = store;
        this.clock = clock;
        this.out = out;
    }

    Consumer<String> out() {
        return out;
    }

    void verify(Manifest.FilesEntry files) throws IOException {
        archive.verify(files.entry(), files.sha256(), lengthOf(files.entry()));
        long count = 0;
        try (BufferedReader lines = lines(files)) {
            String line;
            while ((line = lines.readLine()) != null) {
                Manifest.FileLine file = parse(line, ++count);
                archive.verify(file.entryName(), file.sha256(), file.bytes());
            }
        }
        if (count != files.count()) {
            throw new ArchiveRefusedException(
                    files.entry() + " lists " + count + " files, the manifest says " + files.count());
        }
        out.accept("import: checksums of " + count + " files verified");
    }

    void load(Manifest.FilesEntry files) throws IOException {
        long started = clock.millis();
        long count = 0;
        long bytes = 0;
        try (BufferedReader lines = lines(files)) {
            String line;
            while ((line = lines.readLine()) != null) {
                Manifest.FileLine file = parse(line, count + 1);
                if (store.size(file.key()) != file.bytes()) {
                    try (InputStream in = archive.open(file.entryName())) {
                        written.add(file.key());
                        store.put(file.key(), in, file.bytes(), file.contentType());
                    }
                }
                count++;
                bytes += file.bytes();
                if (count % NOTE_EVERY == 0 || count == files.count()) {
                    out.accept(ArchiveFilesWriter.rate(
                            "import files: " + count + "/" + files.count() + " files", bytes, started, clock));
                }
            }
        }
    }

    /** Deletes what this import put into the store (after a failure). */
    void undo() {
        for (String key : written) {
            try {
                store.delete(key);
            } catch (RuntimeException e) {
                out.accept("import: could not delete " + key + " after the failure: " + e.getMessage());
            }
        }
        written.clear();
    }

    private BufferedReader lines(Manifest.FilesEntry files) throws IOException {
        return new BufferedReader(new InputStreamReader(archive.open(files.entry()), StandardCharsets.UTF_8));
    }

    private long lengthOf(String entry) throws IOException {
        try (InputStream in = archive.open(entry)) {
            return in.transferTo(java.io.OutputStream.nullOutputStream());
        }
    }

    private Manifest.FileLine parse(String line, long number) {
        try {
            Manifest.FileLine file = archive.json().readValue(line, Manifest.FileLine.class);
            if (file.key() == null
                    || file.key().contains("..")
                    || ArchiveExport.FOLDERS.stream().noneMatch(file.key()::startsWith)) {
                throw new ArchiveRefusedException("files.jsonl line " + number + " names no valid key: " + file.key());
            }
            return file;
        } catch (JacksonException e) {
            throw new ArchiveRefusedException(
                    "files.jsonl line " + number + " cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
