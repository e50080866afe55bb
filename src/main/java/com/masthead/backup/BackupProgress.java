package com.masthead.backup;

/**
 * Where a backup reports how far it is: progress lines (the command logs them) and, for the staff page's progress
 * bar, the done and total units of its current stage ({@code database}: pages; {@code media}, {@code epaper},
 * {@code attachments}: files).
 */
@FunctionalInterface
interface BackupProgress {

    void line(String line);

    default void advanced(String stage, long done, long total) {}
}
