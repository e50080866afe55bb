package com.masthead.pagecache;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Records, while a page renders, which content it shows. Renderers call {@link #add} with a tag such as
 * {@code article:42} (the article itself), {@code teaser:42} (article 42 shown in a list or block),
 * {@code list:channel:3} (the article list of channel 3), {@code block:latest}, {@code series:5},
 * {@code edition:2}, {@code image:9}. Outside a cached render the calls do nothing. Confined to the rendering
 * thread.
 */
public final class PageTags {

    public static final String LATEST = "block:latest";
    public static final String PICTURES = "block:pictures";
    public static final String HOME = "home";
    public static final String MOST_READ = "block:most-read";
    /** Every page showing comments or the comment form (rules and masking may change under all of them). */
    public static final String COMMENTS = "block:comments";
    /** The site-wide latest comments page. */
    public static final String LATEST_COMMENTS = "block:latest-comments";

    /** The sitemap index, which lists the article sitemaps with their last change. */
    public static final String SITEMAPS = "sitemaps";
    /**
     * Article sitemaps list published articles by id block of this size; the page of block {@code n} carries the
     * tag {@code sitemap:<n>} ({@link #sitemapBlock}).
     */
    public static final int SITEMAP_BLOCK_SIZE = 10_000;

    private static final ThreadLocal<Set<String>> CURRENT = new ThreadLocal<>();

    private PageTags() {}

    public static void add(String tag) {
        Set<String> tags = CURRENT.get();
        if (tags != null) {
            tags.add(tag);
        }
    }

    public static void add(String kind, Object id) {
        if (id != null) {
            add(kind + ":" + id);
        }
    }

    /** The tag of the article sitemap that lists the article. */
    public static String sitemapBlock(long articleId) {
        return "sitemap:" + articleId / SITEMAP_BLOCK_SIZE;
    }

    /**
     * Runs {@code build} with a tag record of its own and returns its value with the tags it recorded; those tags
     * are also recorded for the page around it, if any.
     */
    static <T> Recorded<T> record(Supplier<T> build) {
        Set<String> outer = CURRENT.get();
        Set<String> own = new LinkedHashSet<>();
        CURRENT.set(own);
        T value;
        try {
            value = build.get();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
                outer.addAll(own);
            }
        }
        return new Recorded<>(value, Set.copyOf(own));
    }

    record Recorded<T>(T value, Set<String> tags) {}

    static void start() {
        CURRENT.set(new LinkedHashSet<>());
    }

    static Set<String> finish() {
        Set<String> tags = CURRENT.get();
        CURRENT.remove();
        return tags == null ? Set.of() : tags;
    }
}
