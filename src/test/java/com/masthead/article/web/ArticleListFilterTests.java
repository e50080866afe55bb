package com.masthead.article.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The article list's paging links keep every filter and encode what the user typed. */
class ArticleListFilterTests {

    @Test
    void pagingLinksKeepEveryFilterAndEncodeTheText() {
        ArticleListFilter filter = new ArticleListFilter("DRAFT", "IN_FIRST_REVIEW", 7L, "港口 A&B=1", true);

        assertThat(filter.pageUrl(3))
                .isEqualTo("/admin/articles?q=%E6%B8%AF%E5%8F%A3+A%26B%3D1&status=DRAFT&state=IN_FIRST_REVIEW"
                        + "&channel=7&mine=true&p=3");
    }

    @Test
    void emptyFiltersAndTheFirstPageAreLeftOut() {
        ArticleListFilter filter = new ArticleListFilter("", null, null, null, false);

        assertThat(filter.pageUrl(1)).isEqualTo("/admin/articles");
        assertThat(filter.pageUrl(2)).isEqualTo("/admin/articles?p=2");
    }
}
