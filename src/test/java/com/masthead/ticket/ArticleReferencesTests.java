package com.masthead.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleReferencesTests {

    @Test
    void readersMayGiveAnIdOrThePastedAddress() {
        assertThat(ArticleReferences.idIn(" 42 ")).hasValue(42L);
        assertThat(ArticleReferences.idIn("４２")).hasValue(42L);
        assertThat(ArticleReferences.idIn("https://news.example.org/news/2025/03/18/42.html?from=share"))
                .hasValue(42L);
        assertThat(ArticleReferences.idIn("/news/2025/03/18/42.html#corrections"))
                .hasValue(42L);
    }

    @Test
    void anythingElseNamesNoArticle() {
        assertThat(ArticleReferences.idIn(null)).isEmpty();
        assertThat(ArticleReferences.idIn("")).isEmpty();
        assertThat(ArticleReferences.idIn("42; drop table article")).isEmpty();
        assertThat(ArticleReferences.idIn("https://example.org/news/42.html")).isEmpty();
        assertThat(ArticleReferences.idIn("9".repeat(30))).isEmpty();
        assertThat(ArticleReferences.idIn("/news/2025/03/18/42.html".repeat(100)))
                .isEmpty();
    }
}
