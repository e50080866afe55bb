package com.masthead.shared;

/**
 * A 1-based page number and a page size, already clamped to sane bounds so that no caller can ask for an
 * unbounded list.
 */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 100;

    public PageRequest {
        page = Math.max(1, page);
        size = Math.min(MAX_SIZE, Math.max(1, size));
    }

    public static PageRequest of(Integer page, Integer size, int defaultSize) {
        return new PageRequest(page == null ? 1 : page, size == null ? defaultSize : size);
    }

    public long offset() {
        return (long) (page - 1) * size;
    }
}
