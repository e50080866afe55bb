package com.masthead.archive;

/**
 * An archive that cannot be imported, or a database it cannot be imported into; the message says why in words an
 * operator can act on. Nothing was imported when this is thrown.
 */
final class ArchiveRefusedException extends RuntimeException {

    ArchiveRefusedException(String message) {
        super(message);
    }

    ArchiveRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
