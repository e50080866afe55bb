package com.masthead.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.support.ContentFixtures;
import com.masthead.support.SiteClient;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Missing pages are 404, taken-down articles 410, both in the site's design and never a framework page. */
interface ErrorPageContract extends SiteClient {

    @Test
    default void unknownPathIsA404InTheSiteDesign() {
        HttpResponse<String> response = get("/no/such/page");

        assertThat(response.statusCode()).isEqualTo(404);
        Document doc = Jsoup.parse(response.body());
        assertThat(doc.selectFirst("h1").text()).isEqualTo("页面不存在");
        assertThat(doc.select("nav.main-nav")).isNotEmpty();
        assertThat(response.body()).doesNotContain("Whitelabel", "Exception", "at com.", "at org.");
    }

    @Test
    default void unknownArticleIdAndDraftAreBoth404() {
        assertThat(get("/news/2025/03/18/987654321.html").statusCode()).isEqualTo(404);
        assertThat(get("/news/2025/03/18/99999999999999999999999.html").statusCode())
                .isEqualTo(404);
        long channel = fixtures().channel("草稿栏目", null).get("id").asLong();
        long draft = fixtures().article(channel).create();
        assertThat(get("/news/2025/03/18/" + draft + ".html").statusCode()).isEqualTo(404);
    }

    @Test
    default void aChannelPagePastTheLastIs404AndAnEmptyChannelsFirstPageIsNot() {
        JsonNode channel = fixtures().channel("翻页栏目", null);
        String url = channel.get("url").asString();
        assertThat(get(url).statusCode()).as("first page of an empty channel").isEqualTo(200);
        fixtures().article(channel.get("id").asLong()).publish();

        assertThat(get(url + "?page=1").statusCode()).isEqualTo(200);
        assertThat(get(url + "?page=2").statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(get(url + "?page=2").body()).selectFirst("h1").text())
                .isEqualTo("页面不存在");
    }

    @Test
    default void unpublishedArticleIs410Gone() {
        long channel = fixtures().channel("撤稿栏目", null).get("id").asLong();
        JsonNode published = fixtures().article(channel).publish();
        String url = published.get("url").asString();
        assertThat(get(url).statusCode()).isEqualTo(200);

        HttpResponse<String> takeDown = api(
                        "POST", "/api/v1/articles/" + published.get("id").asLong() + "/unpublish")
                .body(Map.of("reason", "事实有误，待核实"))
                .send();

        assertThat(takeDown.statusCode()).isEqualTo(200);
        HttpResponse<String> gone = get(url);
        assertThat(gone.statusCode()).isEqualTo(410);
        assertThat(Jsoup.parse(gone.body()).selectFirst("h1").text()).isEqualTo("稿件已撤下");
        assertThat(page("/").select("a[href=" + url + "]")).isEmpty();
    }

    @Test
    default void unknownApiPathIsAProblemDocument() {
        HttpResponse<String> response = api("GET", "/api/v1/nothing-here").send();

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).contains("json");
    }

    @Test
    default void englishPagesUseTheEnglishBundle() {
        Document doc = page("/sitemap.html?lang=en");

        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(doc.selectFirst("h1").text()).isEqualTo("Site map");
        assertThat(ContentFixtures.unique("x")).isNotBlank();
    }
}
