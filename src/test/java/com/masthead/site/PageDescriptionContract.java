package com.masthead.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.support.ContentFixtures;
import com.masthead.support.SiteClient;
import java.time.LocalDate;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * What search engines and link previews read from a page's head, and the order of its headings: every page a
 * reader lands on from outside carries a description; an article's is its summary, else its subtitle, else its
 * lead paragraph, the same in the meta description, OpenGraph, the Twitter card and JSON-LD; the body's subheads
 * follow the page's {@code <h1>} without skipping a level.
 */
interface PageDescriptionContract extends SiteClient {

    @Test
    default void homeAndPrintPagesCarryAMetaDescription() {
        ContentFixtures.PrintPage print = fixtures().printPage("描述测试报", LocalDate.of(2026, 2, 3), 2, "经济");

        for (String path : new String[] {"/", "/paper/" + print.newspaperSlug() + "/", print.pageUrl()}) {
            assertThat(page(path).select("meta[name=description]").attr("content"))
                    .as(path)
                    .isNotBlank();
        }
    }

    @Test
    default void anArticleWithoutSummaryIsDescribedByItsSubtitle() {
        JsonNode article = articleWith("市住建局：改造期间设临时通道", "<p>记者从市住建局获悉，改造今年启动。</p>");

        thenDescribedEverywhereAs(page(path(article)), "市住建局：改造期间设临时通道");
    }

    @Test
    default void anArticleWithoutSummaryOrSubtitleIsDescribedByItsLeadParagraph() {
        JsonNode article =
                articleWith(null, "<p>\u3000</p><p>记者从市住建局获悉，老城区<strong>更新改造</strong>项目今年启动。</p><p>第二段。</p>");

        thenDescribedEverywhereAs(page(path(article)), "记者从市住建局获悉，老城区更新改造项目今年启动。");
    }

    @Test
    default void bodySubheadsFollowTheTitleWithoutSkippingALevelWhileTheStoredBodyKeepsThem() {
        JsonNode article = articleWith(null, "<p>第一段。</p><h3>小标题</h3><p>第二段。</p><h4>更小的标题</h4><p>第三段。</p>");

        Document doc = page(path(article));

        assertThat(doc.select(".article-body h2").eachText()).containsExactly("小标题");
        assertThat(doc.select(".article-body h3").eachText()).containsExactly("更小的标题");
        assertThat(doc.select(".article-body h4")).isEmpty();
        String stored = api("GET", "/api/v1/articles/" + article.get("id").asLong())
                .json()
                .get("content")
                .get("body")
                .asString();
        assertThat(stored).contains("<h3>小标题</h3>").contains("<h4>更小的标题</h4>");
    }

    private JsonNode articleWith(String subtitle, String body) {
        JsonNode channel = fixtures().channel("描述测试", null);
        ContentFixtures.ArticleBuilder article =
                fixtures().article(channel.get("id").asLong()).set("body", body);
        if (subtitle != null) {
            article.set("subtitle", subtitle);
        }
        return article.publish();
    }

    private static String path(JsonNode article) {
        return article.get("url").asString().replaceFirst("^https?://[^/]+", "");
    }

    private void thenDescribedEverywhereAs(Document doc, String description) {
        assertThat(doc.select("meta[name=description]").attr("content")).isEqualTo(description);
        assertThat(doc.select("meta[property=og:description]").attr("content")).isEqualTo(description);
        assertThat(doc.select("meta[name=twitter:description]").attr("content")).isEqualTo(description);
        JsonNode ld = parse(doc.selectFirst("script[type=application/ld+json]").data());
        assertThat(ld.get("description").asString()).isEqualTo(description);
    }
}
