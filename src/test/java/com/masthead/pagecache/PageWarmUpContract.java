package com.masthead.pagecache;

import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.popularity.MostRead;
import com.masthead.popularity.RankedArticle;
import com.masthead.support.FilterChainWitness;
import com.masthead.support.SiteClient;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The start-up warm-up puts exactly the home page, the most-read and the newest articles into the cache, each as
 * the application renders it for a reader.
 */
public interface PageWarmUpContract extends SiteClient {

    URI uri(String path);

    PageWarmUp warmUp();

    PageCache pageCache();

    MostRead mostRead();

    /** Counts views for an article from {@code readers} different browsers and brings the rankings up to date. */
    void read(long articleId, int readers);

    @Test
    default void warmsHomeMostReadAndNewestAndNothingElse() {
        JsonNode channel = fixtures().channel("预热栏目", null);
        long channelId = channel.get("id").asLong();
        JsonNode popular = fixtures().article(channelId).publish();
        JsonNode older = fixtures().article(channelId).publish();
        List<JsonNode> newest = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            newest.add(0, fixtures().article(channelId).publish());
        }
        read(popular.get("id").asLong(), 40);
        Set<String> expected = new LinkedHashSet<>();
        expected.add("/");
        mostRead().week().stream().map(RankedArticle::url).forEach(expected::add);
        mostRead().day().stream().map(RankedArticle::url).forEach(expected::add);
        newest.forEach(article -> expected.add(article.get("url").asString()));
        pageCache().invalidateAllHere();

        PageWarmUp.WarmUpReport report = warmUp().warm();

        assertThat(report.warmed()).containsExactlyElementsOf(expected);
        assertThat(report.warmed())
                .contains(popular.get("url").asString())
                .doesNotContain(older.get("url").asString());
        for (String path : expected) {
            assertThat(get(path).headers().firstValue("X-Cache")).as(path).contains("HIT");
        }
        assertThat(pageCache().size()).isEqualTo(expected.size());
        assertThat(get(older.get("url").asString()).headers().firstValue("X-Cache"))
                .contains("MISS");
    }

    @Test
    default void aWarmedPageIsByteForByteTheRenderedPage() {
        JsonNode channel = fixtures().channel("预热对照栏目", null);
        JsonNode article = fixtures().article(channel.get("id").asLong()).publish();
        String url = article.get("url").asString();
        pageCache().invalidateAllHere();
        warmUp().warm();
        long seen = FilterChainWitness.seen(uri("/").getPort(), "GET", url);
        HttpResponse<byte[]> warmed = PageCacheContract.fetch(uri(url), "Accept-Encoding", "identity");
        assertThat(warmed.headers().firstValue("X-Cache")).contains("HIT");
        assertThat(FilterChainWitness.seen(uri("/").getPort(), "GET", url)).isEqualTo(seen);

        pageCache().invalidateHere(List.of("article:" + article.get("id").asLong()));
        HttpResponse<byte[]> rendered = PageCacheContract.fetch(uri(url), "Accept-Encoding", "identity");

        assertThat(rendered.headers().firstValue("X-Cache")).contains("MISS");
        assertThat(warmed.body()).isEqualTo(rendered.body());
        assertThat(warmed.headers().firstValue("ETag"))
                .isEqualTo(rendered.headers().firstValue("ETag"));
    }
}
