package com.masthead.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.staff.StaffRole;
import com.masthead.support.ContentFixtures;
import com.masthead.support.SiteClient;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The article page carries every element the newsroom requires, in reading order, with working links. */
interface ArticlePageContract extends SiteClient {

    @Test
    default void printArticleShowsEveryElementInOrder() {
        ContentFixtures f = fixtures();
        JsonNode news = f.channel("新闻中心", null);
        JsonNode industry = f.channel("行业动态", news.get("id").asLong());
        LocalDate printDate = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1);
        ContentFixtures.PrintPage page = f.printPage("测试工业日报", printDate, 3, "产业观察");
        JsonNode series = f.series("走进测试工厂");
        JsonNode published = f.article(industry.get("id").asLong())
                .set("kicker", "引题：产线改造一年间")
                .set("title", "某机床厂智能产线投产 效率提升三成")
                .set("subtitle", "副题：二十台五轴机床联网运行")
                .set("summary", "导语：一条智能产线在本月投产。")
                .set("seriesId", series.get("id").asLong())
                .set("seriesPart", 2)
                .set("pageId", page.pageId())
                .set("tags", List.of("机床", "智能制造"))
                .byline("CORRESPONDENT", "赵通讯")
                .byline("COMPILER", "钱整理")
                .set("responsibleEditor", "孙责编")
                .publish();

        Document doc = page(published.get("url").asString());

        assertThat(doc.selectFirst("header .brand-name").text()).isNotBlank();
        assertThat(doc.select("nav.main-nav a").eachText()).contains("新闻中心");
        List<String> crumbs = doc.select("nav.breadcrumb a").eachText();
        assertThat(crumbs).containsExactly("首页", "新闻中心", "行业动态", "测试工业日报", "第三版");
        assertThat(doc.selectFirst("nav.breadcrumb").text()).startsWith("您当前位置：");
        for (Element crumb : doc.select("nav.breadcrumb a")) {
            assertThat(get(crumb.attr("href")).statusCode())
                    .as(crumb.attr("href"))
                    .isEqualTo(200);
        }
        assertThat(doc.select("nav.breadcrumb a").last().attr("href")).isEqualTo(page.pageUrl());
        assertThat(doc.selectFirst(".kicker").text()).isEqualTo("引题：产线改造一年间");
        assertThat(doc.selectFirst("h1.article-title").text()).isEqualTo("某机床厂智能产线投产 效率提升三成");
        assertThat(doc.selectFirst(".subtitle").text()).isEqualTo("副题：二十台五轴机床联网运行");
        assertThat(doc.selectFirst(".article-meta .published").text())
                .matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
        assertThat(doc.selectFirst(".article-meta .source").text()).isEqualTo("来源：测试工业日报");
        assertThat(doc.selectFirst(".lead").text()).contains("导语：一条智能产线在本月投产。");
        Element body = doc.selectFirst(".article-body");
        assertThat(body.select("p")).hasSizeGreaterThanOrEqualTo(2);
        // the body was sent with an <h3> subhead; under the page's <h1> it is shown as <h2> (no skipped level)
        assertThat(body.select("h2").text()).isEqualTo("小标题");
        assertThat(body.select("blockquote").text()).isEqualTo("一段引语。");
        assertThat(doc.select(".bylines .byline").eachText()).containsExactly("本报记者 王记者", "通讯员 赵通讯", "钱整理 整理");
        Element seriesLink = doc.selectFirst(".series-label a");
        assertThat(seriesLink.text()).isEqualTo("【走进测试工厂（二）】");
        assertThat(get(seriesLink.attr("href")).statusCode()).isEqualTo(200);
        assertThat(doc.selectFirst(".print-line").text())
                .contains("测试工业日报")
                .contains(printDate.getYear() + "年" + printDate.getMonthValue() + "月" + printDate.getDayOfMonth() + "日")
                .contains("第三版")
                .contains("产业观察");
        assertThat(doc.selectFirst(".responsible-editor").text()).isEqualTo("（责任编辑：孙责编）");
        assertThat(doc.selectFirst(".copyright-statement").text())
                .contains("版权均属")
                .contains("转载授权");
        assertThat(doc.selectFirst(".copyright-statement").hasClass("reprint")).isFalse();
        assertThat(doc.select(".sidebar .latest a").eachText()).contains("某机床厂智能产线投产 效率提升三成");
        assertThat(doc.select("link[rel=canonical]").attr("href"))
                .endsWith(published.get("url").asString());
        assertInReadingOrder(
                doc,
                "nav.breadcrumb",
                ".kicker",
                "h1.article-title",
                ".subtitle",
                ".article-meta",
                ".lead",
                ".article-body",
                ".bylines",
                ".series-label",
                ".print-line",
                ".responsible-editor",
                ".copyright-statement");
    }

    @Test
    default void reprintedArticleNamesTheOriginalAndTheAuthorsViews() {
        ContentFixtures f = fixtures();
        JsonNode channel = f.channel("观点", null);
        JsonNode published = f.article(channel.get("id").asLong())
                .reprintedFrom("东岭晚报", "周原作", "原来的标题", "https://news.example.org/a/1.html")
                .publish();

        Document doc = page(published.get("url").asString());

        Element statement = doc.selectFirst(".copyright-statement");
        assertThat(statement.hasClass("reprint")).isTrue();
        assertThat(statement.text())
                .contains("东岭晚报")
                .contains("周原作")
                .contains("《原来的标题》")
                .contains("仅代表作者本人");
        assertThat(statement.selectFirst("a").attr("href")).isEqualTo("https://news.example.org/a/1.html");
        Element source = doc.selectFirst(".article-meta .source a");
        assertThat(source.text()).isEqualTo("东岭晚报");
        assertThat(source.attr("href")).isEqualTo("https://news.example.org/a/1.html");
        assertThat(doc.select(".print-line")).isEmpty();
        assertThat(doc.select("nav.breadcrumb a").eachText()).containsExactly("首页", "观点");
    }

    @Test
    default void aSeriesLabelCarriesItsPrefix() {
        ContentFixtures f = fixtures();
        long channel = f.channel("系列前缀", null).get("id").asLong();
        JsonNode series = created(api("POST", "/api/v1/series")
                .body(Map.of("name", "事迹摘登", "labelPrefix", "《中国质量报》", "description", "先进事迹"))
                .send());
        JsonNode published = f.article(channel)
                .set("seriesId", series.get("id").asLong())
                .set("seriesPart", 1)
                .publish();

        assertThat(series.get("labelPrefix").asString()).isEqualTo("《中国质量报》");
        assertThat(page(published.get("url").asString())
                        .selectFirst(".series-label a")
                        .text())
                .isEqualTo("【《中国质量报》事迹摘登（一）】");
    }

    @Test
    default void seriesPageListsEveryPartInOrderWithChineseNumerals() {
        ContentFixtures f = fixtures();
        long channel = f.channel("专题", null).get("id").asLong();
        JsonNode series = f.series("三部曲");
        long seriesId = series.get("id").asLong();
        for (int part : new int[] {3, 1, 2}) {
            f.article(channel)
                    .set("title", "第" + part + "部")
                    .set("seriesId", seriesId)
                    .set("seriesPart", part)
                    .publish();
        }

        Document doc = page(series.get("url").asString());

        assertThat(doc.select(".teasers .teaser-title").eachText()).containsExactly("第1部", "第2部", "第3部");
        assertThat(doc.select(".teasers .teaser-kicker").eachText()).containsExactly("（一）", "（二）", "（三）");
    }

    @Test
    default void pictureNewsShowsLatestArticlesWithALeadImage() {
        Document home = page("/");

        assertThat(home.select(".picture-news li")).isNotEmpty();
        for (Element item : home.select(".picture-news li")) {
            assertThat(item.selectFirst("img").attr("src")).matches("/media/[0-9a-f]{64}-c\\.(jpg|png)");
            assertThat(item.selectFirst(".picture-title").text()).isNotBlank();
            assertThat(get(item.selectFirst("img").attr("src")).statusCode()).isEqualTo(200);
        }
    }

    @Test
    default void addressNeverChangesWhenTheTitleIsEditedAndAWrongDateRedirects() {
        ContentFixtures f = fixtures();
        long channel = f.channel("编辑测试", null).get("id").asLong();
        JsonNode published = f.article(channel).publish();
        String url = published.get("url").asString();
        Map<String, Object> revised = f.article(channel).set("title", "改过的标题").json();

        var response = api("PUT", "/api/v1/articles/" + published.get("id").asLong())
                .header("If-Match", "\"" + published.get("version").asInt() + "\"")
                .body(revised)
                .send();

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(page(url).selectFirst("h1").text())
                .as("a correction is a working copy until it is published")
                .isNotEqualTo("改过的标题");
        var republished = api("POST", "/api/v1/articles/" + published.get("id").asLong() + "/publish")
                .as(StaffRole.EDITOR_IN_CHIEF)
                .send();
        assertThat(republished.statusCode()).isEqualTo(200);
        assertThat(parse(republished.body()).get("url").asString()).isEqualTo(url);
        assertThat(page(url).selectFirst("h1").text()).isEqualTo("改过的标题");
        var wrongDate = get(url.replaceFirst("/news/\\d{4}/", "/news/1999/"));
        assertThat(wrongDate.statusCode()).isEqualTo(301);
        assertThat(wrongDate.headers().firstValue("Location").orElseThrow()).endsWith(url);
    }

    private static void assertInReadingOrder(Document doc, String... selectors) {
        int previous = -1;
        List<Element> all = doc.getAllElements();
        for (String selector : selectors) {
            Element element = doc.selectFirst(selector);
            assertThat(element).as(selector).isNotNull();
            int position = all.indexOf(element);
            assertThat(position)
                    .as(selector + " comes after the previous element")
                    .isGreaterThan(previous);
            previous = position;
        }
    }

    private JsonNode created(java.net.http.HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return parse(response.body());
    }
}
