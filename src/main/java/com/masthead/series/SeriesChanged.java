package com.masthead.series;

/** A series was created or renamed; pages that show its name are stale. */
public record SeriesChanged(long seriesId) {}
