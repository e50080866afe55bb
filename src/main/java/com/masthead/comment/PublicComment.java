package com.masthead.comment;

import java.time.Instant;
import java.util.List;

/**
 * An approved comment as readers see it: nickname and text with REPLACE-tier terms masked, the text cut into
 * segments (plain text, or a link when the channel allows links), and its article. Never carries the contact, the
 * address or the fingerprint. Every string is plain text, to be escaped on output.
 */
public record PublicComment(
        long id,
        String nickname,
        List<Segment> segments,
        Instant createdAt,
        long articleId,
        String articleTitle,
        String articleUrl) {

    public PublicComment {
        segments = List.copyOf(segments);
    }

    /** A run of text; {@code href} is non-null only for an http(s) link in a channel that allows links. */
    public record Segment(String text, String href) {

        public boolean isLink() {
            return href != null;
        }
    }
}
