package com.masthead.search;

import java.util.Set;

/** The newsroom dictionary now holds {@code terms}; the index is rebuilt with them in the background. */
public record NewsroomDictionaryChanged(Set<String> terms) {}
