package com.masthead.search;

import com.masthead.shared.PageResult;

/**
 * A page of hits. {@code total} is exact when {@code exactTotal}, otherwise a lower bound (large result sets are
 * not counted to the end).
 */
public record SearchResults(PageResult<SearchHit> hits, boolean exactTotal) {}
