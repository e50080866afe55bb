package com.masthead.article;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The public addresses of articles, built and read in one place: the page {@code /news/yyyy/MM/dd/<id>.html} and
 * its comments {@code /news/yyyy/MM/dd/<id>/comments}. Other modules build and parse article addresses only through
 * this class. Stateless and thread-safe.
 */
public final class ArticleUrls {

    private static final DateTimeFormatter URL_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");
    private static final String ADDRESS = "/news/\\d{4}/\\d{2}/\\d{2}/(\\d{1,15})";
    private static final Pattern PAGE = Pattern.compile(ADDRESS + "\\.html");
    private static final Pattern COMMENTS = Pattern.compile(ADDRESS + "/comments");

    private ArticleUrls() {}

    /** The article page, {@code /news/2025/03/18/42.html}; null when {@code urlDate} is null (never published). */
    public static String of(long id, LocalDate urlDate) {
        return urlDate == null ? null : "/news/" + URL_DATE.format(urlDate) + "/" + id + ".html";
    }

    /** The base of an article's comment addresses, {@code /news/2025/03/18/42/comments}; null as {@link #of}. */
    public static String commentsOf(long id, LocalDate urlDate) {
        return urlDate == null ? null : "/news/" + URL_DATE.format(urlDate) + "/" + id + "/comments";
    }

    /** The article id of a path that is exactly an article page address, or empty. */
    public static Optional<Long> parse(String path) {
        return idOf(path == null ? null : PAGE.matcher(path), true);
    }

    /** The article id of the first article page address anywhere in a text (a URL pasted with its host), or empty. */
    public static Optional<Long> findIn(String text) {
        return idOf(text == null ? null : PAGE.matcher(text), false);
    }

    /** The article id of a path that is exactly an article's comments address, or empty. */
    public static Optional<Long> parseComments(String path) {
        return idOf(path == null ? null : COMMENTS.matcher(path), true);
    }

    private static Optional<Long> idOf(Matcher matcher, boolean whole) {
        if (matcher == null || !(whole ? matcher.matches() : matcher.find())) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(matcher.group(1)));
    }
}
