package com.masthead.popularity;

/** The most-read rankings changed order or membership; pages showing the most-read block are stale. */
public record MostReadChanged() {}
