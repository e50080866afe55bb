package com.masthead.archive;

import java.util.List;
import java.util.Map;

/**
 * {@code manifest.json}, the archive's last entry: the format and the schema version it was written from, when and
 * from which database, every table entry with its columns, row count, size and SHA-256, the files index with its
 * own SHA-256 (it holds each file's), and the tables left out with the reason.
 */
record Manifest(
        String format,
        String schemaVersion,
        String createdAt,
        String source,
        List<TableEntry> tables,
        FilesEntry files,
        Map<String, String> leftOut) {

    static final String ENTRY = "manifest.json";

    /** One table's JSON-lines entry. */
    record TableEntry(
            String name,
            String entry,
            List<String> columns,
            List<String> primaryKey,
            long rows,
            long bytes,
            String sha256) {}

    /** The files index ({@code files.jsonl}): one line per file with its key, size, media type and SHA-256. */
    record FilesEntry(String entry, long count, long bytes, String sha256) {

        static final String ENTRY = "files.jsonl";
    }

    /** One line of the files index; the file itself is the entry {@code files/<key>}. */
    record FileLine(String key, long bytes, String contentType, String sha256) {

        String entryName() {
            return "files/" + key;
        }
    }
}
