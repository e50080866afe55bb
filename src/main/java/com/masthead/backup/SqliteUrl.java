package com.masthead.backup;

import java.nio.file.Path;

/** The database file of a {@code jdbc:sqlite:} URL; other databases are refused with where to turn instead. */
final class SqliteUrl {

    private SqliteUrl() {}

    static Path databaseFile(String url) {
        if (url != null && url.startsWith("jdbc:postgresql:")) {
            throw new BackupRefused("backup and restore work on the embedded SQLite database only; for PostgreSQL use"
                    + " pg_dump -Fc and pg_restore (docs/backup.md) or the portable archive (--masthead.export)");
        }
        if (url == null || !url.startsWith("jdbc:sqlite:") || url.contains(":memory:") || url.contains("mode=memory")) {
            throw new BackupRefused("spring.datasource.url is not a SQLite database file: " + url);
        }
        String file = url.substring("jdbc:sqlite:".length());
        int query = file.indexOf('?');
        if (query >= 0) {
            file = file.substring(0, query);
        }
        if (file.startsWith("file:")) {
            file = file.substring("file:".length());
        }
        return Path.of(file);
    }
}
