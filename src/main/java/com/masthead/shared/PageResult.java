package com.masthead.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a list plus the total count; the single pagination shape of the API and the site. */
public record PageResult<T>(List<T> items, int page, int size, long total) {

    public PageResult {
        items = List.copyOf(items);
    }

    public int totalPages() {
        return total == 0 ? 1 : (int) ((total + size - 1) / size);
    }

    public boolean hasNext() {
        return page < totalPages();
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    /** One page of a list already held whole (channels, newspapers, the pages of an issue). */
    public static <T> PageResult<T> slice(List<T> all, PageRequest request) {
        int from = (int) Math.min(all.size(), request.offset());
        int to = Math.min(all.size(), from + request.size());
        return new PageResult<>(all.subList(from, to), request.page(), request.size(), all.size());
    }

    /**
     * The answer of a short list endpoint that predates paging: the paged shape when the client asks for a page
     * ({@code page} or {@code size} given, a page {@link PageRequest#MAX_SIZE} long unless {@code size} says), the
     * plain array it always answered otherwise, so existing clients keep working.
     */
    public static <T> Object pagedIfAsked(List<T> all, Integer page, Integer size) {
        return page == null && size == null ? all : slice(all, PageRequest.of(page, size, PageRequest.MAX_SIZE));
    }

    public <R> PageResult<R> map(Function<T, R> mapper) {
        return new PageResult<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
