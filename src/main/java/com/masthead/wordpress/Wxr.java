package com.masthead.wordpress;

import java.util.List;

/** What a WordPress export holds, as read by {@link WxrReader}: plain values, nothing interpreted yet. */
final class Wxr {

    private Wxr() {}

    /** The whole export: the old site's address, its authors, categories, tags and items (posts, attachments, ...). */
    record Export(String siteUrl, List<Author> authors, List<Term> categories, List<Term> tags, List<Item> items) {}

    record Author(String login, String displayName) {}

    /** A category or tag: WordPress's slug (may be percent-encoded Chinese), its name, and a category's parent slug. */
    record Term(long id, String slug, String name, String parentSlug) {}

    /** A category or tag as an item names it. */
    record ItemTerm(String domain, String slug, String name) {}

    record Comment(
            long id,
            String author,
            String email,
            String ip,
            String dateGmt,
            String content,
            String approved,
            String type) {}

    /**
     * One {@code <item>}: {@code type} is WordPress's post type (post, page, attachment, ...), {@code status}
     * publish, draft, ...; dates as WordPress writes them ({@code 2024-05-03 02:00:00}, GMT and local).
     */
    record Item(
            long id,
            String type,
            String status,
            String title,
            String link,
            String guid,
            String slug,
            String creator,
            String content,
            String excerpt,
            String dateGmt,
            String date,
            String pubDate,
            long parent,
            String attachmentUrl,
            Long thumbnailId,
            List<ItemTerm> terms,
            List<Comment> comments) {}
}
