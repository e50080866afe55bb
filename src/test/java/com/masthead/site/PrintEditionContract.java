package com.masthead.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.edition.Newspaper;
import com.masthead.edition.NewspaperIssue;
import com.masthead.edition.NewspaperPage;
import com.masthead.epaper.EpaperTestData;
import com.masthead.epaper.Polygon;
import com.masthead.support.ContentFixtures;
import com.masthead.support.SiteClient;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The digital edition as readers see it: only issues that are live, the latest issue at the newspaper's address,
 * the month calendar, the page view with its image, areas, page navigation, print order and PDFs, the article's
 * print panel, and exact cache invalidation when an area changes.
 */
interface PrintEditionContract extends SiteClient {

    /** Digital-edition test data stored through the epaper and edition modules. */
    EpaperTestData epaper();

    /** An issue two pages long, with PDFs and images, and two articles with areas on page 1. */
    record Edition(
            Newspaper paper, NewspaperIssue issue, NewspaperPage first, NewspaperPage second, long lead, long brief) {

        String url() {
            return "/paper/" + paper.slug() + "/";
        }

        String issueUrl() {
            return url() + issue.date() + "/";
        }
    }

    default Edition anEdition(LocalDate date) {
        EpaperTestData e = epaper();
        Newspaper paper = e.newspaper("测试数字报", ContentFixtures.unique("e"));
        NewspaperIssue issue = e.issue(paper.id(), date);
        NewspaperPage first = e.page(issue.id(), 1, "要闻", "A01");
        NewspaperPage second = e.page(issue.id(), 2, "第二版", null);
        long channel = fixtures().channel("数字报测试", null).get("id").asLong();
        long brief = fixtures()
                .article(channel)
                .set("title", "简讯：河道清淤完工")
                .set("pageId", first.id())
                .publish()
                .get("id")
                .asLong();
        long lead = fixtures()
                .article(channel)
                .set("title", "头条：新港区开工")
                .set("pageId", first.id())
                .publish()
                .get("id")
                .asLong();
        e.pagePdf(first.id(), "头条：新港区开工");
        e.pagePdf(second.id(), "第二版");
        e.issuePdf(issue.id(), List.of("头条：新港区开工", "第二版"));
        // the lead ran first in print although it was published later
        e.placement(lead, first.id(), 1, false);
        e.placement(brief, first.id(), 2, false);
        e.area(first.id(), lead, Polygon.rectangle(30, 40, 540, 400), 1);
        e.area(first.id(), brief, Polygon.rectangle(30, 460, 260, 200), 2);
        return new Edition(paper, issue, first, second, lead, brief);
    }

    @Test
    default void readersSeeOnlyIssuesThatAreLive() {
        EpaperTestData e = epaper();
        Edition live = anEdition(LocalDate.of(2026, 10, 12));
        NewspaperIssue older = e.issue(live.paper().id(), LocalDate.of(2026, 10, 5));
        e.page(older.id(), 1, "要闻", null);
        NewspaperIssue preparing = e.issue(live.paper().id(), LocalDate.of(2026, 10, 20));
        e.page(preparing.id(), 1, "要闻", null);
        e.prepare(preparing.id());
        NewspaperIssue later = e.issue(live.paper().id(), LocalDate.of(2026, 10, 21));
        e.page(later.id(), 1, "要闻", null);
        e.goLiveAt(later.id(), Instant.now().plus(1, ChronoUnit.DAYS));

        Document latest = page(live.url());

        assertThat(latest.selectFirst("h1").text()).contains("2026年10月12日");
        assertThat(latest.select("table.issue-calendar a").eachAttr("href"))
                .containsExactly(live.url() + "2026-10-05/", live.url() + "2026-10-12/");
        for (String hidden :
                List.of("2026-10-20/", "2026-10-20/1/", "2026-10-21/", "2026-10-21/1/", "2026-10-21/1.pdf")) {
            assertThat(get(live.url() + hidden).statusCode()).as(hidden).isEqualTo(404);
        }
        assertThat(get(live.url() + "2026-10-05/1/").statusCode()).isEqualTo(200);
    }

    @Test
    default void theCalendarPagesThroughMonthsThatHaveIssues() {
        EpaperTestData e = epaper();
        Edition edition = anEdition(LocalDate.of(2026, 11, 3));
        NewspaperIssue august = e.issue(edition.paper().id(), LocalDate.of(2026, 8, 31));
        e.page(august.id(), 1, "要闻", null);

        Document november = page(edition.url() + "calendar/2026-11/");
        assertThat(november.select("table.issue-calendar a").eachAttr("href"))
                .containsExactly(edition.url() + "2026-11-03/");
        Element previous = november.selectFirst("nav.calendar-months a[rel=prev]");
        assertThat(previous.attr("href")).isEqualTo(edition.url() + "calendar/2026-08/");
        assertThat(november.selectFirst("nav.calendar-months a[rel=next]")).isNull();

        Document august31 = page(previous.attr("href"));
        assertThat(august31.select("table.issue-calendar a").eachText()).containsExactly("31");
        assertThat(august31.selectFirst("nav.calendar-months a[rel=next]").attr("href"))
                .isEqualTo(edition.url() + "calendar/2026-11/");
        assertThat(get(edition.url() + "calendar/2026-13/").statusCode()).isEqualTo(404);
    }

    @Test
    default void thePageViewShowsTheImageWithLinkedAreasTheNavigationAndThePrintOrder() {
        Edition edition = anEdition(LocalDate.of(2026, 9, 14));

        Document doc = page(edition.issueUrl() + "1/");

        Element image = doc.selectFirst("img.print-page-image");
        assertThat(image.attr("src")).matches("/epaper/files/[0-9a-f]{64}-w960\\.jpg");
        assertThat(image.attr("srcset")).contains("-w480.jpg 480w").contains("-w1600.jpg 1600w");
        assertThat(image.attr("width")).isEqualTo("960");
        assertThat(image.attr("height")).isEqualTo("1440");
        assertThat(image.attr("sizes")).isNotBlank();
        assertThat(image.attr("alt")).contains("A01");
        Element svg = doc.selectFirst("svg.print-areas");
        assertThat(svg.attr("viewBox")).isEqualTo("0 0 600 900");
        assertThat(svg.select("a").eachAttr("aria-label")).containsExactly("头条：新港区开工", "简讯：河道清淤完工");
        assertThat(svg.selectFirst("a polygon").attr("points")).isEqualTo("30,40 570,40 570,440 30,440");
        assertThat(get(svg.selectFirst("a").attr("href")).statusCode()).isEqualTo(200);
        assertThat(doc.select("ol.page-articles a").eachText()).containsExactly("头条：新港区开工", "简讯：河道清淤完工");
        assertThat(doc.select("nav.page-navigation li").eachText()).containsExactly("A01版 要闻", "第二版");
        assertThat(doc.select("nav.page-navigation img").eachAttr("src")).allMatch(src -> src.endsWith("-w160.jpg"));
        assertThat(doc.selectFirst("a[rel=next]").attr("href")).isEqualTo(edition.issueUrl() + "2/");
        assertThat(doc.selectFirst("head link[rel=next]").attr("href")).isEqualTo(edition.issueUrl() + "2/");
        assertThat(doc.selectFirst("a[rel=prev]")).isNull();
        assertThat(doc.selectFirst("a.page-pdf").attr("href")).isEqualTo(edition.issueUrl() + "1.pdf");
        assertThat(doc.selectFirst("a.issue-pdf").attr("href")).isEqualTo(edition.issueUrl() + "issue.pdf");

        Document second = page(edition.issueUrl() + "2/");
        assertThat(second.selectFirst("a[rel=prev]").attr("href")).isEqualTo(edition.issueUrl() + "1/");
        assertThat(second.selectFirst("head link[rel=prev]").attr("href")).isEqualTo(edition.issueUrl() + "1/");
        assertThat(second.selectFirst("a[rel=next]")).isNull();
        assertThat(second.select("svg.print-areas a")).isEmpty();
    }

    @Test
    default void theLatestIssueIsTheNewspapersHomePage() {
        Edition edition = anEdition(LocalDate.of(2026, 7, 1));

        Document doc = page(edition.url());

        assertThat(doc.selectFirst("link[rel=canonical]").attr("href")).endsWith(edition.issueUrl() + "1/");
        assertThat(doc.select("svg.print-areas a")).hasSize(2);
        assertThat(doc.select("table.issue-calendar a").eachAttr("href")).containsExactly(edition.issueUrl());
    }

    @Test
    default void continuationsAreMarkedWithThePageTheyComeFromAndGoTo() {
        Edition edition = anEdition(LocalDate.of(2026, 6, 2));
        epaper().placement(edition.lead(), edition.second().id(), 1, true);

        Document second = page(edition.issueUrl() + "2/");
        assertThat(second.select("ol.page-articles li").eachText()).containsExactly("头条：新港区开工 接A01版");
        Document first = page(edition.issueUrl() + "1/");
        assertThat(first.select("ol.page-articles li").eachText()).containsExactly("头条：新港区开工 转第二版", "简讯：河道清淤完工");
    }

    @Test
    default void pageAndIssuePdfsAreServedAtAddressesBuiltFromDateAndPage() {
        Edition edition = anEdition(LocalDate.of(2026, 5, 4));

        HttpResponse<String> pdf = get(edition.issueUrl() + "1.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("inline")
                .contains(edition.paper().slug() + "-2026-05-04-A01.pdf");
        assertThat(pdf.body()).startsWith("%PDF-");
        assertThat(pdf.headers().firstValue("X-Cache"))
                .as("PDFs stay out of the page cache")
                .isEmpty();
        String etag = pdf.headers().firstValue("ETag").orElseThrow();
        assertThat(pdf.headers().firstValue("Cache-Control").orElseThrow()).contains("public");
        assertThat(sendConditional(edition.issueUrl() + "1.pdf", etag).statusCode())
                .isEqualTo(304);

        HttpResponse<String> whole = get(edition.issueUrl() + "issue.pdf");
        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.headers().firstValue("Content-Disposition").orElseThrow())
                .contains(edition.paper().slug() + "-2026-05-04.pdf");
        assertThat(get(edition.issueUrl() + "3.pdf").statusCode()).isEqualTo(404);

        NewspaperPage bare = epaper().page(edition.issue().id(), 3, "副刊", null);
        assertThat(bare.number()).isEqualTo(3);
        assertThat(get(edition.issueUrl() + "3.pdf").statusCode()).isEqualTo(404);
    }

    @Test
    default void printLabelsNeverRepeatThePageNumber() {
        EpaperTestData e = epaper();
        Newspaper paper = e.newspaper("测试导入报", ContentFixtures.unique("e"));
        NewspaperIssue issue = e.issue(paper.id(), LocalDate.of(2026, 4, 1));
        NewspaperPage third = e.page(issue.id(), 3, "第三版", null);
        NewspaperPage labelled = e.page(issue.id(), 4, "A04", "A04");
        long channel = fixtures().channel("导入测试", null).get("id").asLong();
        String url = fixtures()
                .article(channel)
                .set("pageId", third.id())
                .publish()
                .get("url")
                .asString();

        Document article = page(url);
        assertThat(article.selectFirst(".print-line").text()).contains("第三版").doesNotContain("第3版");
        assertThat(article.selectFirst(".print-line").text().split("第三版", -1)).hasSize(2);
        Document issuePage = page("/paper/" + paper.slug() + "/2026-04-01/");
        assertThat(issuePage.select(".print-page h2").eachText()).containsExactly("第三版", "A04版");
        assertThat(labelled.label()).isEqualTo("A04");
    }

    @Test
    default void anArticleDoesNotLinkIntoAnIssueThatIsNotLiveYet() {
        EpaperTestData e = epaper();
        Newspaper paper = e.newspaper("测试预备报", ContentFixtures.unique("e"));
        NewspaperIssue issue = e.issue(paper.id(), LocalDate.of(2026, 1, 20));
        NewspaperPage page = e.page(issue.id(), 1, "要闻", null);
        e.prepare(issue.id());
        long channel = fixtures().channel("预备测试", null).get("id").asLong();
        String url = fixtures()
                .article(channel)
                .set("pageId", page.id())
                .publish()
                .get("url")
                .asString();

        Document doc = page(url);

        assertThat(doc.select(".print-line")).isEmpty();
        assertThat(doc.select("aside.print-panel")).isEmpty();
        assertThat(doc.select("nav.breadcrumb a").eachAttr("href")).noneMatch(href -> href.startsWith("/paper/"));
    }

    @Test
    default void aPrintedArticleHasAPrintPanelWithItsAreaAndItsNeighboursInPrintOrder() {
        Edition edition = anEdition(LocalDate.of(2026, 3, 9));

        Document lead = page(articleUrl(edition, "头条：新港区开工"));

        Element panel = lead.selectFirst("aside.print-panel");
        assertThat(panel.selectFirst("img").attr("src")).endsWith("-w480.jpg");
        assertThat(panel.select("svg polygon.this-article")).hasSize(1);
        assertThat(panel.selectFirst("a.print-page-link").attr("href")).isEqualTo(edition.issueUrl() + "1/");
        assertThat(panel.selectFirst("a.print-page-link").text()).contains("A01版");
        assertThat(panel.selectFirst("a[rel=prev]")).isNull();
        assertThat(panel.selectFirst("a[rel=next]").text()).isEqualTo("简讯：河道清淤完工");
    }

    @Test
    default void anAreaChangeRefreshesThatPageAndLeavesOtherPagesCached() {
        Edition edition = anEdition(LocalDate.of(2026, 2, 16));
        String first = edition.issueUrl() + "1/";
        String second = edition.issueUrl() + "2/";
        get(first);
        get(second);
        assertThat(get(first).headers().firstValue("X-Cache")).contains("HIT");
        assertThat(get(second).headers().firstValue("X-Cache")).contains("HIT");

        String lead = articleUrl(edition, "头条：新港区开工");
        String brief = articleUrl(edition, "简讯：河道清淤完工");
        get(lead);
        get(brief);
        assertThat(get(lead).headers().firstValue("X-Cache")).contains("HIT");
        assertThat(get(brief).headers().firstValue("X-Cache")).contains("HIT");

        long area = epaper().area(edition.first().id(), edition.brief(), Polygon.rectangle(310, 460, 260, 200), 3);
        epaper().move(area, Polygon.rectangle(300, 700, 100, 100));

        HttpResponse<String> refreshed = get(first);
        assertThat(refreshed.headers().firstValue("X-Cache")).isNotEqualTo(Optional.of("HIT"));
        assertThat(refreshed.body()).contains("300,700 400,700 400,800 300,800");
        assertThat(get(brief).headers().firstValue("X-Cache")).isNotEqualTo(Optional.of("HIT"));
        assertThat(page(brief).select("aside.print-panel svg polygon.this-article"))
                .hasSize(2);
        assertThat(get(second).headers().firstValue("X-Cache")).contains("HIT");
        assertThat(get(lead).headers().firstValue("X-Cache")).contains("HIT");
    }

    @Test
    default void aPublishedCorrectionMarksTheArticlesAreaOnThePage() {
        Edition edition = anEdition(LocalDate.of(2026, 1, 26));
        String first = edition.issueUrl() + "1/";
        get(first);
        assertThat(get(first).headers().firstValue("X-Cache")).contains("HIT");
        assertThat(page(first).select("svg.print-areas polygon.corrected")).isEmpty();

        epaper().correctionPublished(edition.brief(), "清淤长度应为三公里。");

        Document doc = page(first);
        assertThat(doc.select("svg.print-areas a:has(polygon.corrected)").eachAttr("aria-label"))
                .containsExactly("简讯：河道清淤完工");
        assertThat(doc.select("ol.page-articles li").eachText()).contains("简讯：河道清淤完工 已更正");
        assertThat(doc.selectFirst(".corrected-legend")).isNotNull();
    }

    private String articleUrl(Edition edition, String title) {
        return page(edition.issueUrl() + "1/").select("ol.page-articles a").stream()
                .filter(a -> a.text().equals(title))
                .findFirst()
                .orElseThrow()
                .attr("href");
    }

    HttpResponse<String> sendConditional(String path, String etag);
}
