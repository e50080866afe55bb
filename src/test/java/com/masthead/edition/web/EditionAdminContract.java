package com.masthead.edition.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.backoffice.web.AdminScreens;
import com.masthead.edition.EditionCatalog;
import com.masthead.edition.Newspaper;
import com.masthead.edition.NewspaperIssue;
import com.masthead.edition.NewspaperPage;
import com.masthead.staff.StaffRole;
import com.masthead.support.ContentFixtures;
import com.masthead.support.ContentFixtures.PrintPage;
import com.masthead.support.StaffSession;
import java.net.http.HttpResponse;
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
}
