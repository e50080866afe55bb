package com.masthead.shared;

/**
 * An update carried a version that is no longer current: somebody else saved in between. Nothing was written;
 * the web layer answers 409 with the current version so the client can reload and merge.
 */
public class VersionConflictException extends RuntimeException {

    private final String kind;
    private final long id;
    private final int expectedVersion;

    public VersionConflictException(String kind, long id, int expectedVersion) {
        super(kind + " " + id + " was changed by someone else (expected version " + expectedVersion + ")");
        this.kind = kind;
        this.id = id;
        this.expectedVersion = expectedVersion;
    }

    public String kind() {
        return kind;
    }

    public long id() {
        return id;
    }

    public int expectedVersion() {
        return expectedVersion;
    }
}
