package com.masthead.backup;

/**
 * A backup or restore that was not done, and why, in a sentence for the operator. When a restore throws it, the
 * data directory and the database are exactly as they were.
 */
class BackupRefused extends RuntimeException {

    BackupRefused(String message) {
        super(message);
    }

    BackupRefused(String message, Throwable cause) {
        super(message, cause);
    }
}
