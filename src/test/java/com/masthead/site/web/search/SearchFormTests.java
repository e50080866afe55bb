package com.masthead.site.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.search.SearchQuery;
import com.masthead.search.SearchSort;
import org.junit.jupiter.api.Test;

class SearchFormTests {

    @Test
    void missingOrEmptyParametersMeanAnEmptyQueryByRelevanceOnTheFirstPage() {
        SearchForm absent = new SearchForm(null, null, null, null, null, null, null, null, null);
        SearchForm empty = new SearchForm("", "", "", "", "", "", "", "", "");

        for (SearchForm form : new SearchForm[] {absent, empty}) {
            assertThat(form.q()).isEmpty();
            assertThat(form.searchSort()).isEqualTo(SearchSort.RELEVANCE);
            assertThat(form.pageNumber()).isEqualTo(1);
            assertThat(form.channelId()).isNull();
            assertThat(form.issueId()).isNull();
            assertThat(form.printPageId()).isNull();
        }
    }

    @Test
    void unreadableNumbersCountAsAbsentAndThePageIsCappedAtTheLastOneSearchServes() {
        SearchForm form = new SearchForm("港口", "abc", null, null, "-1", "1e3", null, "%00", "-3");

        assertThat(form.channelId()).isNull();
        assertThat(form.issueId()).isNull();
        assertThat(form.printPageId()).isNull();
        assertThat(form.searchSort()).isEqualTo(SearchSort.RELEVANCE);
        assertThat(form.pageNumber()).isEqualTo(1);
        assertThat(new SearchForm("港口", null, null, null, null, null, null, null, "999999").pageNumber())
                .isEqualTo(SearchQuery.MAX_PAGE);
    }

    @Test
    void readsIdsThePageAndTheNewestFirstSort() {
        SearchForm form = new SearchForm("港口", "12", null, null, "34", "56", "王", "newest", "3");

        assertThat(form.channelId()).isEqualTo(12L);
        assertThat(form.issueId()).isEqualTo(34L);
        assertThat(form.printPageId()).isEqualTo(56L);
        assertThat(form.searchSort()).isEqualTo(SearchSort.NEWEST);
        assertThat(form.pageNumber()).isEqualTo(3);
    }
}
