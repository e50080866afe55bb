package com.masthead.edition;

/** A newspaper, issue or page was created or changed; pages that show print placements may be stale. */
public record EditionChanged(long newspaperId) {}
