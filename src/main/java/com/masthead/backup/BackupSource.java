package com.masthead.backup;

import com.masthead.storage.ObjectStore;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * What a backup copies: the SQLite database, through a connection it opens and closes, and the files of the
 * data-directory store, or none when the files live in a bucket (the bucket is then their durable copy).
 *
 * @param files the local store, or null with {@code storage} {@code s3}
 */
record BackupSource(Database database, ObjectStore files, String storage) {

    /** Opens a connection to the live database; the backup closes it. */
    @FunctionalInterface
    interface Database {
        Connection open() throws SQLException;
    }
}
