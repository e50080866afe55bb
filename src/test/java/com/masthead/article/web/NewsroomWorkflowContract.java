package com.masthead.article.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.staff.StaffRole;
import com.masthead.support.SiteClient;
import com.masthead.support.StaffSession;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The editors' web UI over real HTTP: writing, the three review levels, sending back, conflicts, corrections of
 * live articles, revisions. Each test uses its own accounts so the tests do not see each other's queues.
 */
public interface NewsroomWorkflowContract extends SiteClient {

    /** A channel of the demo newspaper that needs the default three levels. */
    long channelId();

    /** The stored review state of an article. */
    String reviewState(long articleId);

    /** The public address of a published article, from the database. */
    String publicUrl(long articleId);

    @Test
    default void aReportersArticlePassesThreeLevelsAndAppearsWithTheFinalApproverAsResponsibleEditor() {
        StaffSession reporter = loginAs("wf-reporter", StaffRole.REPORTER);
        long id = write(reporter, "三审流程测试稿件", "<p>港口吞吐量连续三个月增长。</p>");
        assertThat(reviewState(id)).isEqualTo("DRAFT");

        thenRedirected(reporter.post("/admin/articles/" + id + "/submit", version(reporter, id)));
        assertThat(reviewState(id)).isEqualTo("SUBMITTED");

        approve(loginAs("wf-editor", StaffRole.EDITOR), id, Map.of());
        assertThat(reviewState(id)).isEqualTo("PASSED_1");
        approve(loginAs("wf-chief", StaffRole.SECTION_CHIEF), id, Map.of());
        assertThat(reviewState(id)).isEqualTo("PASSED_2");
        approve(loginAs("wf-eic", StaffRole.EDITOR_IN_CHIEF), id, Map.of("next", "now"));

        Document published = page(publicUrl(id));
        assertThat(published.select("h1").text()).contains("三审流程测试稿件");
        assertThat(published.select(".responsible-editor").text()).contains("测试wf-eic");
        Document history = loginAs("wf-eic", StaffRole.EDITOR_IN_CHIEF).page("/admin/articles/" + id);
        assertThat(history.select("#review-history li")).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    default void saveAndSubmitFromTheEditorConfirmsOnTheReviewScreenThatNamesTheAuthor() {
        StaffSession reporter = loginAs("wf9-reporter", StaffRole.REPORTER);
        long id = write(reporter, "编辑器送审确认", "<p>正文。</p>");

        HttpResponse<String> submitted =
                reporter.post("/admin/articles/" + id, with(editorForm(reporter, id), "action", "submit"));
        assertThat(thenRedirected(submitted)).endsWith("/admin/articles/" + id + "?done=submitted");
        Document review = reporter.follow(submitted);
        assertThat(review.select(".bo-notice[role=status]").text()).isEqualTo("已送审。");
        assertThat(review.select("#review-author").text()).isEqualTo("测试wf9-reporter");
        assertThat(reviewState(id)).isEqualTo("SUBMITTED");

        Document forged = reporter.page("/admin/articles/" + id + "?done=../../secret");
        assertThat(forged.select(".bo-notice[role=status]")).isEmpty();
    }

    @Test
    default void aReviewerWithoutTheLevelsRoleOrTheAuthorGets403AndNothingChanges() {
        StaffSession reporter = loginAs("wf2-reporter", StaffRole.REPORTER, StaffRole.EDITOR);
        long id = write(reporter, "越级审核测试", "<p>正文。</p>");
        reporter.post("/admin/articles/" + id + "/submit", version(reporter, id));

        HttpResponse<String> own = reporter.post("/admin/articles/" + id + "/approve", version(reporter, id));
        StaffSession chief = loginAs("wf2-chief", StaffRole.SECTION_CHIEF);
        HttpResponse<String> wrongLevel = chief.post("/admin/articles/" + id + "/approve", version(chief, id));
        StaffSession plainReporter = loginAs("wf2-other", StaffRole.REPORTER);
        HttpResponse<String> notAReviewer =
                plainReporter.post("/admin/articles/" + id + "/approve", version(plainReporter, id));

        assertThat(own.statusCode()).isEqualTo(403);
        assertThat(Jsoup.parse(own.body()).select("[role=alert]").text()).contains("自己");
        assertThat(wrongLevel.statusCode()).isEqualTo(403);
        assertThat(notAReviewer.statusCode()).isEqualTo(403);
        assertThat(reviewState(id)).isEqualTo("SUBMITTED");
    }

    /**
     * Channel limits hold for every state change: an editor-in-chief limited to another channel can neither
     * submit, publish, schedule, cancel a schedule nor take down an article outside it, and nothing changes.
     */
    @Test
    default void aChiefLimitedToAnotherChannelGets403OnEveryStateChangeAndNothingChanges() {
        long elsewhere = fixtures().channel("限定栏目", null).get("id").asLong();
        StaffSession limited =
                loginAsIn("wf10-limited", Set.of(elsewhere), StaffRole.EDITOR_IN_CHIEF, StaffRole.SECTION_CHIEF);
        StaffSession reporter = loginAs("wf10-reporter", StaffRole.REPORTER);
        StaffSession eic = loginAs("wf10-eic", StaffRole.EDITOR_IN_CHIEF);
        long id = write(reporter, "频道限定测试", "<p>正文。</p>");

        assertThat(limited.post("/admin/articles/" + id + "/submit", version(limited, id))
                        .statusCode())
                .isEqualTo(403);
        assertThat(reviewState(id)).isEqualTo("DRAFT");

        reporter.post("/admin/articles/" + id + "/submit", version(reporter, id));
        approve(loginAs("wf10-editor", StaffRole.EDITOR), id, Map.of());
        approve(loginAs("wf10-chief", StaffRole.SECTION_CHIEF), id, Map.of());
        approve(eic, id, Map.of("next", "hold"));
        assertThat(reviewState(id)).isEqualTo("APPROVED");
        assertThat(limited.post("/admin/articles/" + id + "/publish", version(limited, id))
                        .statusCode())
                .isEqualTo(403);
        assertThat(limited.post(
                                "/admin/articles/" + id + "/schedule",
                                with(version(limited, id), "publishAt", "2099-01-01T08:00"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(reviewState(id)).isEqualTo("APPROVED");

        thenRedirected(eic.post(
                "/admin/articles/" + id + "/schedule", with(version(eic, id), "publishAt", "2099-01-01T08:00")));
        assertThat(limited.post("/admin/articles/" + id + "/cancel-schedule", version(limited, id))
                        .statusCode())
                .isEqualTo(403);
        assertThat(reviewState(id)).isEqualTo("SCHEDULED");

        thenRedirected(eic.post("/admin/articles/" + id + "/publish", version(eic, id)));
        HttpResponse<String> takeDown =
                limited.post("/admin/articles/" + id + "/unpublish", with(version(limited, id), "reason", "越权下线"));
        assertThat(takeDown.statusCode()).isEqualTo(403);
        assertThat(page(publicUrl(id)).select("h1").text()).contains("频道限定测试");
    }

    /** Nor may a channel-limited writer create an article outside their channels or move one out of them. */
    @Test
    default void aWriterLimitedToAChannelCannotWriteOrMoveArticlesOutsideIt() {
        long own = fixtures().channel("本栏目", null).get("id").asLong();
        StaffSession limited = loginAsIn("wf11-limited", Set.of(own), StaffRole.EDITOR);
        long before = countRows("article");

        limited.page("/admin/articles/new");
        HttpResponse<String> outside = limited.post(
                "/admin/articles",
                Map.of(
                        "channelId",
                        String.valueOf(channelId()),
                        "title",
                        "越界稿件",
                        "body",
                        "<p>正文。</p>",
                        "rights",
                        "ORIGINAL"));
        assertThat(outside.statusCode()).isEqualTo(403);
        assertThat(countRows("article")).isEqualTo(before);

        long id = Long.parseLong(thenRedirected(limited.post(
                        "/admin/articles",
                        Map.of(
                                "channelId",
                                String.valueOf(own),
                                "title",
                                "本栏目稿件",
                                "body",
                                "<p>正文。</p>",
                                "rights",
                                "ORIGINAL")))
                .replaceAll(".*/admin/articles/(\\d+)/edit.*", "$1"));
        HttpResponse<String> moved = limited.post(
                "/admin/articles/" + id,
                with(with(editorForm(limited, id), "channelId", String.valueOf(channelId())), "title", "已移走"));
        assertThat(moved.statusCode()).isEqualTo(403);
        assertThat(jdbcTitle(id)).isEqualTo("本栏目稿件");
    }

    @Test
    default void aSendBackNeedsAReasonAndShowsItOnTheAuthorsDashboard() {
        StaffSession reporter = loginAs("wf3-reporter", StaffRole.REPORTER);
        long id = write(reporter, "退回测试稿件", "<p>数据待核。</p>");
        reporter.post("/admin/articles/" + id + "/submit", version(reporter, id));
        StaffSession editor = loginAs("wf3-editor", StaffRole.EDITOR);

        HttpResponse<String> noReason =
                editor.post("/admin/articles/" + id + "/send-back", with(version(editor, id), "reason", "  "));
        assertThat(noReason.statusCode()).isEqualTo(422);
        assertThat(reviewState(id)).isEqualTo("SUBMITTED");

        thenRedirected(
                editor.post("/admin/articles/" + id + "/send-back", with(version(editor, id), "reason", "请补充数据来源")));

        assertThat(reviewState(id)).isEqualTo("DRAFT");
        Document dashboard = reporter.page("/admin/");
        assertThat(dashboard.select("#sent-back-heading").text()).contains("1");
        assertThat(dashboard.text()).contains("退回测试稿件").contains("请补充数据来源");
    }

    @Test
    default void theSecondOfTwoConcurrentSavesGetsAConflictScreenWithBothVersions() {
        StaffSession first = loginAs("wf4-editor", StaffRole.EDITOR);
        long id = write(first, "并发编辑测试", "<p>第一版。</p>");
        Map<String, String> form = editorForm(first, id);
        StaffSession second = loginAs("wf4-editor2", StaffRole.EDITOR);
        Map<String, String> secondForm = editorForm(second, id);

        thenRedirected(first.post("/admin/articles/" + id, with(form, "title", "甲改的标题")));
        HttpResponse<String> conflict = second.post("/admin/articles/" + id, with(secondForm, "title", "乙改的标题"));

        assertThat(conflict.statusCode()).isEqualTo(409);
        Document screen = Jsoup.parse(conflict.body());
        assertThat(screen.text()).contains("甲改的标题").contains("乙改的标题");
        assertThat(jdbcTitle(id)).isEqualTo("甲改的标题");
    }

    @Test
    default void invalidInputIsShownNextToTheFieldAndSavesNothing() {
        StaffSession reporter = loginAs("wf5-reporter", StaffRole.REPORTER);
        reporter.page("/admin/articles/new");
        long before = countRows("article");

        HttpResponse<String> response = reporter.post(
                "/admin/articles",
                Map.of(
                        "channelId",
                        String.valueOf(channelId()),
                        "title",
                        "",
                        "body",
                        "<p>x</p>",
                        "rights",
                        "ORIGINAL",
                        "sourceUrl",
                        "javascript:alert(1)"));

        assertThat(response.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("#title-error").text()).isNotBlank();
        assertThat(page.select("#sourceUrl-error").text()).isNotBlank();
        assertThat(page.select("#title").attr("aria-invalid")).isEqualTo("true");
        assertThat(countRows("article")).isEqualTo(before);
    }

    @Test
    default void aCorrectionOfALiveArticleStaysInvisibleUntilItIsApprovedAndPublished() {
        StaffSession reporter = loginAs("wf6-reporter", StaffRole.REPORTER);
        long id = write(reporter, "更正前的标题", "<p>原文。</p>");
        reporter.post("/admin/articles/" + id + "/submit", version(reporter, id));
        StaffSession editor = loginAs("wf6-editor", StaffRole.EDITOR);
        StaffSession chief = loginAs("wf6-chief", StaffRole.SECTION_CHIEF);
        StaffSession eic = loginAs("wf6-eic", StaffRole.EDITOR_IN_CHIEF);
        approve(editor, id, Map.of());
        approve(chief, id, Map.of());
        approve(eic, id, Map.of("next", "now"));
        String url = publicUrl(id);

        thenRedirected(editor.post("/admin/articles/" + id, with(editorForm(editor, id), "title", "更正后的标题")));
        assertThat(page(url).select("h1").text()).contains("更正前的标题");
        thenRedirected(editor.post("/admin/articles/" + id + "/submit", version(editor, id)));
        approve(loginAs("wf6-editor2", StaffRole.EDITOR), id, Map.of());
        approve(chief, id, Map.of());
        assertThat(page(url).select("h1").text()).contains("更正前的标题");
        approve(eic, id, Map.of("next", "now"));

        assertThat(page(url).select("h1").text()).contains("更正后的标题");
    }

    @Test
    default void everySaveIsARevisionThatCanBeComparedAndRestored() {
        StaffSession editor = loginAs("wf7-editor", StaffRole.EDITOR);
        long id = write(editor, "修订测试一", "<p>第一段。</p>");
        thenRedirected(editor.post(
                "/admin/articles/" + id,
                with(with(editorForm(editor, id), "title", "修订测试二"), "body", "<p>第一段改了。</p>")));

        Document revisions = editor.page("/admin/articles/" + id + "/revisions");
        assertThat(revisions.select("#revision-list tbody tr")).hasSize(2);
        Document diff = editor.page("/admin/articles/" + id + "/diff?from=1&to=2");
        assertThat(diff.select("del").text()).contains("修订测试一");
        assertThat(diff.select("ins").text()).contains("修订测试二").contains("改了");

        thenRedirected(editor.post("/admin/articles/" + id + "/restore", with(version(editor, id), "revision", "1")));

        assertThat(jdbcTitle(id)).isEqualTo("修订测试一");
        assertThat(editor.page("/admin/articles/" + id + "/revisions").select("#revision-list tbody tr"))
                .hasSize(3);
    }

    @Test
    default void thePreviewRendersTheWorkingCopyWithThePublicTemplateAndIsNeverCached() {
        StaffSession reporter = loginAs("wf8-reporter", StaffRole.REPORTER);
        long id = write(reporter, "预览测试<script>alert(1)</script>", "<p>预览正文。</p>");

        HttpResponse<String> preview = reporter.get("/admin/articles/" + id + "/preview");

        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        Document page = Jsoup.parse(preview.body());
        assertThat(page.select("h1").text()).contains("预览测试<script>");
        assertThat(page.select("script:containsData(alert)")).isEmpty();
        assertThat(page.text()).contains("预览正文");
        assertThat(newStaffSession().get("/admin/articles/" + id + "/preview").statusCode())
                .isEqualTo(302);
    }

    @Test
    default void theEditorRefusesABodyThatCleansToNothingNamingTheBody() {
        StaffSession reporter = loginAs("wf-blank-reporter", StaffRole.REPORTER);
        long id = write(reporter, "空正文编辑器测试", "<p>原有正文。</p>");
        reporter.page("/admin/articles/new");
        long before = countRows("article");

        HttpResponse<String> created = reporter.post(
                "/admin/articles",
                Map.of(
                        "channelId", String.valueOf(channelId()),
                        "title", "只有脚本的正文",
                        "body", "<script>alert(1)</script><p>&nbsp;</p>",
                        "rights", "ORIGINAL"));
        HttpResponse<String> emptied = reporter.post(
                "/admin/articles/" + id, with(editorForm(reporter, id), "body", "<p> </p><script>x</script>"));

        for (HttpResponse<String> response : java.util.List.of(created, emptied)) {
            assertThat(response.statusCode()).isEqualTo(422);
            assertThat(org.jsoup.Jsoup.parse(response.body())
                            .select("#body-error")
                            .text())
                    .isNotBlank();
        }
        assertThat(countRows("article")).isEqualTo(before);
        assertThat(reporter.page("/admin/articles/" + id + "/edit")
                        .select("#body")
                        .text())
                .contains("原有正文");
    }

    @Test
    default void theEditorKeepsABylinesPrefixAndSuffix() {
        StaffSession reporter = loginAs("wf-byline", StaffRole.REPORTER);
        long id = write(reporter, "署名前后缀", "<p>正文。</p>");
        Map<String, String> form = new HashMap<>(editorForm(reporter, id));
        form.putAll(
                Map.of("bylinePrefix", "新华社记者", "bylineRole", "REPORTER", "bylineName", "丁莹", "bylineSuffix", "整理"));

        thenRedirected(reporter.post("/admin/articles/" + id, form));

        Document editor = reporter.page("/admin/articles/" + id + "/edit");
        assertThat(editor.select("#bylinePrefix-0").attr("value")).isEqualTo("新华社记者");
        assertThat(editor.select("#bylineName-0").attr("value")).isEqualTo("丁莹");
        assertThat(editor.select("#bylineSuffix-0").attr("value")).isEqualTo("整理");
        assertThat(editor.select("label[for=bylineSuffix-0]").text()).isEqualTo("署名 1 后缀");
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    String jdbcTitle(long articleId);

    private long write(StaffSession session, String title, String body) {
        session.page("/admin/articles/new");
        HttpResponse<String> created = session.post(
                "/admin/articles",
                Map.of("channelId", String.valueOf(channelId()), "title", title, "body", body, "rights", "ORIGINAL"));
        String location = thenRedirected(created);
        return Long.parseLong(location.replaceAll(".*/admin/articles/(\\d+)/edit.*", "$1"));
    }

    private void approve(StaffSession reviewer, long id, Map<String, String> extra) {
        Map<String, String> form = new HashMap<>(version(reviewer, id));
        form.putAll(extra);
        thenRedirected(reviewer.post("/admin/articles/" + id + "/approve", form));
    }

    /** Opens the review screen (for the CSRF token) and returns the version it shows. */
    private Map<String, String> version(StaffSession session, long id) {
        Document review = session.page("/admin/articles/" + id + "/edit");
        return Map.of("version", review.select("input[name=version]").attr("value"));
    }

    private Map<String, String> editorForm(StaffSession session, long id) {
        Document editor = session.page("/admin/articles/" + id + "/edit");
        Map<String, String> form = new HashMap<>();
        editor.select("#article-editor input[name], #article-editor textarea[name], #article-editor select[name]")
                .forEach(field -> {
                    String name = field.attr("name");
                    if (name.equals("_csrf") || name.startsWith("byline")) {
                        return;
                    }
                    String value = field.tagName().equals("select")
                            ? field.select("option[selected]").attr("value")
                            : field.tagName().equals("textarea") ? field.wholeText() : field.attr("value");
                    form.put(name, value);
                });
        return form;
    }

    private static Map<String, String> with(Map<String, String> form, String name, String value) {
        Map<String, String> copy = new HashMap<>(form);
        copy.put(name, value);
        return copy;
    }

    private static String thenRedirected(HttpResponse<String> response) {
        assertThat(response.statusCode())
                .as("expected a redirect, got %s: %s", response.statusCode(), response.body())
                .isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }
}
