package com.masthead.article;

import java.time.Instant;
import java.time.LocalDate;

/** The few fields a list or a block needs to show and link a published article. */
public record ArticleTeaser(
        long id,
        long channelId,
        String kicker,
        String title,
        String summary,
        Instant publishedAt,
        LocalDate urlDate,
        Long leadImageId,
        Long seriesId,
        Integer seriesPart,
        Long pageId) {

    public String url() {
        return ArticleUrls.of(id, urlDate);
    }
}
