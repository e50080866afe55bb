package com.masthead.article;

import com.masthead.edition.BenchEditions;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The article texts over a bare database, outside Spring, for the search benchmark ({@code BenchRunner}). */
public final class BenchArticleTexts {

    private BenchArticleTexts() {}

    public static ArticleTexts over(JdbcClient jdbc) {
        return new ArticleTexts(
                new ArticleTextRepository(jdbc), new ArticleChangeRepository(jdbc), BenchEditions.catalog(jdbc));
    }
}
