/**
 * Articles (稿件): their content, bylines, tags, rights, print placement and series part; the publishing state
 * machine ({@link com.masthead.article.Article}); clean HTML bodies; and the read models the public site renders.
 * Publishes {@link com.masthead.article.ArticlePublished}, {@link com.masthead.article.ArticleRevised} and
 * {@link com.masthead.article.ArticleUnpublished}.
 */
@ApplicationModule(
        allowedDependencies = {
            "backoffice",
            "channel",
            "edition",
            "lexicon",
            "mail",
            "media",
            "series",
            "settings",
            "shared",
            "staff"
        })
package com.masthead.article;

import org.springframework.modulith.ApplicationModule;
