package com.masthead.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.support.ContentFixtures;
import com.masthead.support.QueryCounter;
import com.masthead.support.SqliteSiteTest;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** An article page costs the same small number of queries however many articles surround it. */
class ArticlePageQueryCountIntegrationTests extends SqliteSiteTest {

    private static final int MAX_QUERIES_PER_ARTICLE_PAGE = 12;

    @Test
    void articlePageQueryCountDoesNotGrowWithTheArchive() {
        ContentFixtures f = fixtures();
        long channel = f.channel("计数", null).get("id").asLong();
        long series = f.series("计数系列").get("id").asLong();
        JsonNode article =
                f.article(channel).set("seriesId", series).set("seriesPart", 1).publish();
        String url = article.get("url").asString();
        get(url);

        long small = queriesFor(url);
        for (int i = 0; i < 40; i++) {
            f.article(channel)
                    .set("seriesId", series)
                    .set("seriesPart", i + 2)
                    .byline("INTERN", "实习" + i)
                    .publish();
        }
        // the publications dropped the shared blocks (latest news, picture news): the next page builds them again
        long rebuilding = queriesFor(url);
        long large = queriesFor(url);

        assertThat(small).isLessThanOrEqualTo(MAX_QUERIES_PER_ARTICLE_PAGE);
        assertThat(rebuilding).isLessThanOrEqualTo(MAX_QUERIES_PER_ARTICLE_PAGE);
        assertThat(large).isLessThanOrEqualTo(small);
    }

    /** Statements one rendering of the page costs; a session cookie keeps the page cache out of the way. */
    private long queriesFor(String url) {
        long before = QueryCounter.count();
        HttpRequest rendered = HttpRequest.newBuilder(uri(url))
                .header("Cookie", "JSESSIONID=query-count")
                .build();
        assertThat(send(rendered).statusCode()).isEqualTo(200);
        return QueryCounter.count() - before;
    }
}
