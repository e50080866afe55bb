package com.masthead.article.web;

import com.masthead.article.Article;
import com.masthead.article.ArticleContent;
import com.masthead.article.ArticleStatus;
import java.time.Instant;
import java.time.LocalDate;

/** An article as the API shows it: its content plus status, times, version and public URL. */
record ArticleResponse(
        long id,
        ArticleStatus status,
        ArticleContent content,
        Instant createdAt,
        Instant updatedAt,
        Instant publishedAt,
        LocalDate urlDate,
        String url,
        String unpublishReason,
        int version) {

    static ArticleResponse of(Article a) {
        return new ArticleResponse(
                a.id(),
                a.status(),
                a.content(),
                a.createdAt(),
                a.updatedAt(),
                a.publishedAt(),
                a.urlDate(),
                a.url(),
                a.unpublishReason(),
                a.version());
    }
}
