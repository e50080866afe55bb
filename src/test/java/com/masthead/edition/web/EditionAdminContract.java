package com.masthead.edition.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.backoffice.web.AdminScreens;
import com.masthead.edition.EditionCatalog;
import com.masthead.edition.IssueStatus;
import com.masthead.edition.Newspaper;
import com.masthead.edition.NewspaperIssue;
import com.masthead.edition.NewspaperPage;
import com.masthead.staff.StaffRole;
import com.masthead.support.ContentFixtures;
import com.masthead.support.ContentFixtures.PrintPage;
import com.masthead.support.StaffSession;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Newspapers, issues and pages screens over real HTTP. */
public interface EditionAdminContract extends AdminScreens {

    @Test
    default void everyEditionFormLabelsEveryControlAndTheNewspaperPageListsItsIssues() {
        PrintPage print = fixtures().printPage("标签报", LocalDate.of(2026, 3, 2), 1, "要闻");
        StaffSession admin = loginAs("papers-admin", StaffRole.ADMIN);
        String issue = "/admin/newspapers/" + print.newspaperId() + "/issues/" + print.issueId();

        assertThat(admin.page("/admin/newspapers").text()).contains("标签报");
        thenEveryControlIsLabelled(admin.page("/admin/newspapers/new"));
        Document paper = admin.page("/admin/newspapers/" + print.newspaperId());
        thenEveryControlIsLabelled(paper);
        assertThat(paper.select("a[href=" + issue + "]").text()).isEqualTo("2026-03-02");
        thenEveryControlIsLabelled(admin.page("/admin/newspapers/" + print.newspaperId() + "/issues/new"));
        Document issuePage = admin.page(issue);
        thenEveryControlIsLabelled(issuePage);
        assertThat(issuePage.select("main table").text()).contains("要闻");
        thenEveryControlIsLabelled(admin.page(issue + "/pages/new"));
        thenEveryControlIsLabelled(admin.page(issue + "/pages/" + print.pageId()));
    }

    @Test
    default void aNewspaperItsIssueAndItsPageAreCreatedThroughTheForms() {
        StaffSession admin = loginAs("papers-admin", StaffRole.ADMIN);
        admin.page("/admin/newspapers/new");
        String slug = ContentFixtures.unique("paper");

        HttpResponse<String> created =
                admin.post("/admin/newspapers", Map.of("name", "表单日报", "slug", slug, "description", "用表单创建"));
        thenSavedAndRedirectedTo(admin, created, "/admin/newspapers/");
        Newspaper paper = bean(EditionCatalog.class).newspaperBySlug(slug).orElseThrow();
        assertThat(paper.name()).isEqualTo("表单日报");

        HttpResponse<String> issueCreated = admin.post(
                "/admin/newspapers/" + paper.id() + "/issues", Map.of("date", "2026-04-01", "number", "1024"));
        thenSavedAndRedirectedTo(admin, issueCreated, "/admin/newspapers/" + paper.id() + "/issues/");
        NewspaperIssue issue = bean(EditionCatalog.class)
                .issueOn(paper.id(), LocalDate.of(2026, 4, 1))
                .orElseThrow();
        assertThat(issue.number()).isEqualTo(1024);

        String issuePath = "/admin/newspapers/" + paper.id() + "/issues/" + issue.id();
        assertThat(admin.page(issuePath + "/pages/new").select("#number").val()).isEqualTo("1");
        HttpResponse<String> pageCreated = admin.post(issuePath + "/pages", Map.of("number", "1", "name", "要闻"));
        thenSavedAndRedirectedTo(admin, pageCreated, issuePath);
        assertThat(bean(EditionCatalog.class).pages(issue.id()))
                .extracting(NewspaperPage::number, NewspaperPage::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "要闻"));
    }

    @Test
    default void badDatesNumbersAndTakenSlotsAreNamedAndNothingIsSaved() {
        PrintPage print = fixtures().printPage("校验报", LocalDate.of(2026, 3, 3), 1, "要闻");
        StaffSession admin = loginAs("papers-admin", StaffRole.ADMIN);
        admin.page("/admin/newspapers/new");
        String issues = "/admin/newspapers/" + print.newspaperId() + "/issues";
        long papers = countRows("newspaper");
        long issueRows = countRows("newspaper_issue");
        long pageRows = countRows("newspaper_page");

        thenRefusedAt(
                admin.post("/admin/newspapers", Map.of("name", "坏标识", "slug", "-bad-", "description", "")), "slug");
        thenRefusedAt(admin.post("/admin/newspapers", Map.of("name", "重复", "slug", print.newspaperSlug())), "slug");
        thenRefusedAt(admin.post(issues, Map.of("date", "2026-13-45", "number", "1")), "date");
        thenRefusedAt(admin.post(issues, Map.of("date", "2026-03-03")), "date");
        thenRefusedAt(admin.post(issues, Map.of("date", "2026-03-04", "number", "0")), "number");
        String pages = issues + "/" + print.issueId() + "/pages";
        thenRefusedAt(admin.post(pages, Map.of("number", "1", "name", "重复版次")), "number");
        Document blank = thenRefusedAt(admin.post(pages, Map.of("number", "abc", "name", "")), "number");
        assertThat(blank.select("#name-error").text()).isNotBlank();

        assertThat(countRows("newspaper")).isEqualTo(papers);
        assertThat(countRows("newspaper_issue")).isEqualTo(issueRows);
        assertThat(countRows("newspaper_page")).isEqualTo(pageRows);
    }

    @Test
    default void anIssueReachedThroughAnotherNewspaperIsNotFoundAndAStaleVersionIsRefused() {
        PrintPage print = fixtures().printPage("版本报", LocalDate.of(2026, 3, 5), 2, "综合");
        PrintPage other = fixtures().printPage("别的报", LocalDate.of(2026, 3, 5), 1, "要闻");
        StaffSession admin = loginAs("papers-admin", StaffRole.ADMIN);

        assertThat(admin.get("/admin/newspapers/" + other.newspaperId() + "/issues/" + print.issueId())
                        .statusCode())
                .isEqualTo(404);

        String pagePath =
                "/admin/newspapers/" + print.newspaperId() + "/issues/" + print.issueId() + "/pages/" + print.pageId();
        NewspaperPage before = bean(EditionCatalog.class).requirePage(print.pageId());
        admin.page(pagePath);
        thenSavedAndRedirectedTo(
                admin,
                admin.post(
                        pagePath, Map.of("number", "2", "name", "综合新闻", "version", String.valueOf(before.version()))),
                "/issues/" + print.issueId());
        thenRefusedAt(
                admin.post(pagePath, Map.of("number", "2", "name", "过期", "version", String.valueOf(before.version()))),
                "version");
        assertThat(bean(EditionCatalog.class).requirePage(print.pageId()).name())
                .isEqualTo("综合新闻");
    }

    @Test
    default void aPageKeepsItsPrintedLabelSectionAndPageEditorFromTheFormAndTheApi() {
        PrintPage print = fixtures().printPage("版次报", LocalDate.of(2026, 3, 6), 1, "要闻");
        StaffSession admin = loginAs("papers-admin", StaffRole.ADMIN);
        String pages = "/admin/newspapers/" + print.newspaperId() + "/issues/" + print.issueId() + "/pages";
        admin.page(pages + "/new");

        thenSavedAndRedirectedTo(
                admin,
                admin.post(
                        pages, Map.of("number", "3", "name", "产业观察", "label", "a03", "section", "A叠", "editor", "李责编")),
                "/issues/" + print.issueId());
        NewspaperPage page = bean(EditionCatalog.class).pages(print.issueId()).stream()
                .filter(p -> p.number() == 3)
                .findFirst()
                .orElseThrow();
        assertThat(page.label()).isEqualTo("A03");
        assertThat(page.section()).isEqualTo("A叠");
        assertThat(page.editor()).isEqualTo("李责编");
        Document form = admin.page(pages + "/" + page.id());
        assertThat(form.select("#label").val()).isEqualTo("A03");
        assertThat(form.select("#editor").val()).isEqualTo("李责编");
        thenRefusedAt(admin.post(pages, Map.of("number", "4", "name", "坏版次", "label", "A-03")), "label");

        var api = api("POST", "/api/v1/issues/" + print.issueId() + "/pages")
                .body(Map.of("number", 5, "name", "国际", "label", "b01", "section", "B叠", "editor", "赵责编"))
                .json();
        assertThat(api.get("label").asString()).isEqualTo("B01");
        assertThat(api.get("section").asString()).isEqualTo("B叠");
        assertThat(api.get("editor").asString()).isEqualTo("赵责编");
    }

    @Test
    default void anIssueMadeInTheBackOfficeIsPreparedUntilAnAdminPublishesItNow() {
        PrintPage print = fixtures().printPage("上线报", LocalDate.of(2026, 3, 7), 1, "要闻");
        assertThat(bean(EditionCatalog.class).requireIssue(print.issueId()).status())
                .as("an issue made through the API without a status stays published, as before")
                .isEqualTo(IssueStatus.PUBLISHED);
        var prepared = api("POST", "/api/v1/newspapers/" + print.newspaperId() + "/issues")
                .body(Map.of("date", "2026-03-09", "status", "preparing"))
                .json();
        assertThat(prepared.get("status").asString()).isEqualTo("preparing");
        assertThat(api("POST", "/api/v1/newspapers/" + print.newspaperId() + "/issues")
                        .body(Map.of("date", "2026-03-10", "status", "gone"))
                        .send()
                        .statusCode())
                .isEqualTo(400);

        StaffSession admin = loginAs("papers-admin", StaffRole.ADMIN);
        String issues = "/admin/newspapers/" + print.newspaperId() + "/issues";
        admin.page(issues + "/new");
        thenSavedAndRedirectedTo(admin, admin.post(issues, Map.of("date", "2026-03-08")), issues);
        NewspaperIssue issue = bean(EditionCatalog.class)
                .issueOn(print.newspaperId(), LocalDate.of(2026, 3, 8))
                .orElseThrow();
        assertThat(issue.status()).isEqualTo(IssueStatus.PREPARING);
        assertThat(issue.visibleAt(Instant.now())).isFalse();
        assertThat(admin.page(issues + "/" + issue.id()).select("#issue-status").text())
                .isNotBlank();
        assertThat(admin.page("/admin/newspapers/" + print.newspaperId())
                        .select("main table")
                        .text())
                .contains("筹备中");

        thenSavedAndRedirectedTo(
                admin,
                admin.post(
                        issues + "/" + issue.id() + "/go-live",
                        Map.of("when", "now", "version", String.valueOf(issue.version()))),
                issues);
        NewspaperIssue live = bean(EditionCatalog.class).requireIssue(issue.id());
        assertThat(live.status()).isEqualTo(IssueStatus.PUBLISHED);
        assertThat(live.visibleAt(Instant.now())).isTrue();
    }

    @Test
    default void aGoLiveTimeIsKeptWhileTheIssueIsPreparedAndAPastTimeIsRefused() {
        PrintPage print = fixtures().printPage("定时报", LocalDate.of(2026, 3, 11), 1, "要闻");
        var prepared = api("POST", "/api/v1/newspapers/" + print.newspaperId() + "/issues")
                .body(Map.of("date", "2026-03-12", "status", "preparing"))
                .json();
        long issueId = prepared.get("id").asLong();
        String version = prepared.get("version").asString();
        StaffSession admin = loginAs("papers-admin", StaffRole.ADMIN);
        String issue = "/admin/newspapers/" + print.newspaperId() + "/issues/" + issueId;
        admin.page(issue);

        thenRefusedAt(
                admin.post(
                        issue + "/go-live", Map.of("when", "at", "goLiveAt", "2020-01-01T08:00", "version", version)),
                "goLiveAt");
        thenRefusedAt(
                admin.post(issue + "/go-live", Map.of("when", "at", "goLiveAt", "soon", "version", version)),
                "goLiveAt");
        assertThat(bean(EditionCatalog.class).requireIssue(issueId).goLiveAt()).isNull();

        thenSavedAndRedirectedTo(
                admin,
                admin.post(
                        issue + "/go-live", Map.of("when", "at", "goLiveAt", "2099-01-01T08:00", "version", version)),
                issue);
        NewspaperIssue scheduled = bean(EditionCatalog.class).requireIssue(issueId);
        assertThat(scheduled.status()).isEqualTo(IssueStatus.PREPARING);
        assertThat(scheduled.goLiveAt()).isAfter(Instant.now());
        assertThat(admin.page(issue).select("#issue-status").text()).contains("2099");
    }
}
