package com.masthead.wordpress;

import com.masthead.article.ArticleContent;
import com.masthead.article.Byline;
import com.masthead.article.BylineRole;
import com.masthead.article.LeadImage;
import com.masthead.article.RightsType;
import com.masthead.shared.DisplayText;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One post as an article's content: title (cut to 200 characters, or the post's slug when it has none), excerpt as
 * summary (tags removed, cut to 1,000), the body given, tags (cut to 40 characters, at most 20), the author as
 * byline and as responsible editor (the person who published it on the old site), the featured picture as lead
 * picture. Pure functions.
 */
final class PostContent {

    private static final DateTimeFormatter WP_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private PostContent() {}

    static ArticleContent of(Wxr.Item post, long channelId, String body, String author, Long leadImageId) {
        String title = DisplayText.cut(
                Optional.ofNullable(DisplayText.cleanLine(post.title()))
                        .orElse(post.slug() == null ? "WordPress " + post.id() : ChannelMapping.decoded(post.slug())),
                200);
        String summary = post.excerpt() == null
                ? null
                : DisplayText.blankToNull(
                        DisplayText.cut(DisplayText.cleanText(post.excerpt().replaceAll("<[^>]*>", "")), 1000));
        List<String> tags = post.terms().stream()
                .filter(t -> "post_tag".equals(t.domain()))
                .map(t -> DisplayText.cleanLine(t.name()))
                .filter(t -> t != null)
                .map(t -> DisplayText.cut(t, 40))
                .distinct()
                .limit(20)
                .toList();
        String name = DisplayText.cut(author, 60);
        return new ArticleContent(
                channelId,
                null,
                title,
                null,
                summary,
                body,
                null,
                RightsType.ORIGINAL,
                null,
                leadImageId == null ? null : new LeadImage(leadImageId, null, null),
                null,
                null,
                null,
                name,
                List.of(new Byline(BylineRole.AUTHOR, name)),
                tags);
    }

    /** The author's display name from the export's authors, else the login, else "WordPress". */
    static String author(Wxr.Item post, Map<String, Wxr.Author> authors) {
        Wxr.Author known = post.creator() == null ? null : authors.get(post.creator());
        String name = known != null && known.displayName() != null ? known.displayName() : post.creator();
        name = DisplayText.cleanLine(name);
        return name == null ? "WordPress" : name;
    }

    /** When it was published: the GMT date, else the RSS date, else null. */
    static Instant publishedAt(Wxr.Item post) {
        return gmt(post.dateGmt()).or(() -> rss(post.pubDate())).orElse(null);
    }

    static Optional<Instant> gmt(String date) {
        if (date == null || date.startsWith("0000")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(date, WP_DATE).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<Instant> rss(String date) {
        if (date == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
