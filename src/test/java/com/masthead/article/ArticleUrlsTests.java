package com.masthead.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ArticleUrlsTests {

    private static final LocalDate MARCH_8 = LocalDate.of(2025, 3, 8);

    @Test
    void buildsThePageAndCommentsAddresses() {
        assertThat(ArticleUrls.of(42, MARCH_8)).isEqualTo("/news/2025/03/08/42.html");
        assertThat(ArticleUrls.commentsOf(42, MARCH_8)).isEqualTo("/news/2025/03/08/42/comments");
    }

    @Test
    void anArticleNeverPublishedHasNoAddress() {
        assertThat(ArticleUrls.of(42, null)).isNull();
        assertThat(ArticleUrls.commentsOf(42, null)).isNull();
    }

    @Test
    void parsesWhatItBuilds() {
        assertThat(ArticleUrls.parse(ArticleUrls.of(42, MARCH_8))).hasValue(42L);
        assertThat(ArticleUrls.parseComments(ArticleUrls.commentsOf(42, MARCH_8)))
                .hasValue(42L);
    }

    @Test
    void parseTakesOnlyAWholeAddressOfItsKind() {
        assertThat(ArticleUrls.parse("/news/2025/03/08/42/comments")).isEmpty();
        assertThat(ArticleUrls.parseComments("/news/2025/03/08/42.html")).isEmpty();
        assertThat(ArticleUrls.parse("/x/news/2025/03/08/42.html")).isEmpty();
        assertThat(ArticleUrls.parse("/news/42.html")).isEmpty();
        assertThat(ArticleUrls.parse("/news/2025/03/08/" + "9".repeat(16) + ".html"))
                .isEmpty();
        assertThat(ArticleUrls.parse(null)).isEmpty();
        assertThat(ArticleUrls.parseComments(null)).isEmpty();
    }

    @Test
    void findsAnAddressInsidePastedText() {
        assertThat(ArticleUrls.findIn("https://news.example.org/news/2025/03/08/42.html?from=share"))
                .hasValue(42L);
        assertThat(ArticleUrls.findIn("see https://example.org/news/42.html")).isEmpty();
        assertThat(ArticleUrls.findIn(null)).isEmpty();
    }
}
