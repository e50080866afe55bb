package com.masthead.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The "no results" suggestions read the query as the index does, so a newsroom dictionary term is offered whole. */
class SearchingTests {

    @TempDir
    Path dir;

    private LuceneSearchIndex index;

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void suggestsADictionaryTermWholeWhenTheQueryFindsNothing() {
        index = LuceneSearchIndex.open(
                dir.resolve("search"),
                List.of("滨澜港务集团"),
                Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC));
        index.put(LuceneSearchIndexTests.doc(1, "滨澜港务集团扩建三号码头", "正文。"));
        Searching searching = new Searching(index, null);
        SearchQuery nothing = SearchQuery.of("滨澜港务集团年度财报");
        assertThat(index.search(nothing).hits().items()).isEmpty();

        assertThat(searching.suggestions(nothing)).first().isEqualTo("滨澜港务集团");
    }
}
