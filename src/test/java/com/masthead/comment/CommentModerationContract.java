package com.masthead.comment;

import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.staff.StaffRole;
import com.masthead.support.StaffSession;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Reader comments over real HTTP, the moderators' side: reports, bulk decisions, bans, roles, channel modes and
 * the staff queue.
 */
interface CommentModerationContract extends CommentSite {

    @Test
    default void threeDistinctReportersHideTheCommentAndPutItBackInTheQueueFlagged() {
        CommentFixtures.TestArticle article = CommentFixtures.article(this, "举报测试");
        String url = article.url();
        long id = approvedComment(url, "被举报者", "一条会被举报的评论。");
        assertThat(page(url).select(".comments .comment-text").eachText()).hasSize(1);

        HttpResponse<String> first = report(reader(), id);
        report(reader().from(Reader.nextAddress()), id);
        assertThat(page(url).select(".comments .comment-text").eachText())
                .as("two reporters are not enough")
                .hasSize(1);
        Reader third = reader();
        HttpResponse<String> last = report(third, id);

        assertThat(first.statusCode()).isEqualTo(303);
        assertThat(first.headers().firstValue("Location").orElseThrow()).endsWith("/comments/reported");
        assertThat(last.statusCode()).isEqualTo(303);
        assertThat(page(url).select(".comments .comment-text").eachText()).isEmpty();
        JsonNode flagged = parse(api("GET", "/api/v1/comments?flagged=true&articleId=" + article.id())
                        .as(StaffRole.EDITOR)
                        .send()
                        .body())
                .get("items")
                .get(0);
        assertThat(flagged.get("id").asLong()).isEqualTo(id);
        assertThat(flagged.get("reportCount").asInt()).isEqualTo(3);
        assertThat(third.get("/comments/" + id + "/report").statusCode()).isEqualTo(404);
    }

    @Test
    default void oneReaderReportingAgainAndAgainFromOneNetworkCountsOnce() {
        CommentFixtures.TestArticle article = CommentFixtures.article(this, "重复举报");
        String url = article.url();
        long id = approvedComment(url, "常被举报", "一条只被一人反复举报的评论。");

        // Three addresses of one IPv6 /64 (one subscriber), and the first one twice.
        report(reader().from("2001:db8:77:1::1"), id);
        report(reader().from("2001:db8:77:1::1"), id);
        report(reader().from("2001:db8:77:1:aaaa::2"), id);
        report(reader().from("2001:db8:77:1:ffff:ffff:ffff:3"), id);

        assertThat(page(url).select(".comments .comment-text").eachText()).containsExactly("一条只被一人反复举报的评论。");
    }

    private HttpResponse<String> report(Reader reporter, long id) {
        Document confirm = reporter.page("/comments/" + id + "/report");
        Map<String, String> form = Map.of(
                "_csrf",
                confirm.selectFirst("form.comment-report-form input[name=_csrf]")
                        .attr("value"));
        return reporter.post("/comments/" + id + "/report", form);
    }

    @Test
    default void bulkDecisionsSkipWhatCannotChangeAndRecordReasons() {
        CommentFixtures.TestArticle article = CommentFixtures.article(this, "批量审核");
        String url = article.url();
        Reader reader = reader();
        for (int i = 0; i < 3; i++) {
            reader.from(Reader.nextAddress()).comment(url, "批量" + i, "批量审核的第" + i + "条。");
        }
        List<Long> ids = ids(pendingOn(article));

        JsonNode approved = api("POST", "/api/v1/comments/approve")
                .as(StaffRole.SECTION_CHIEF)
                .body(Map.of("ids", List.of(ids.get(0), 99_999_999L)))
                .json();
        JsonNode rejected = api("POST", "/api/v1/comments/reject")
                .as(StaffRole.MODERATOR)
                .body(Map.of("ids", List.of(ids.get(0), ids.get(1), ids.get(2)), "reason", "SPAM", "note", "广告"))
                .json();
        HttpResponse<String> noReason = api("POST", "/api/v1/comments/reject")
                .as(StaffRole.MODERATOR)
                .body(Map.of("ids", List.of(ids.get(0))))
                .send();

        assertThat(approved.get("done").get(0).asLong()).isEqualTo(ids.get(0));
        assertThat(approved.get("skipped").get(0).get("code").asString()).isEqualTo("not-found");
        assertThat(rejected.get("done")).hasSize(3);
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(parse(noReason.body()).get("errors").get(0).get("field").asString())
                .isEqualTo("reason");
        JsonNode detail = api("GET", "/api/v1/comments/" + ids.get(0))
                .as(StaffRole.MODERATOR)
                .json();
        assertThat(detail.get("comment").get("state").asString()).isEqualTo("REJECTED");
        assertThat(detail.get("comment").get("rejectReason").asString()).isEqualTo("SPAM");
        assertThat(detail.get("history").findValuesAsString("action"))
                .containsExactly("POSTED", "APPROVED", "REJECTED");
        assertThat(detail.get("history").get(2).get("detail").asString()).isEqualTo("SPAM: 广告");
    }

    @Test
    default void aBannedAddressCannotCommentUntilTheBanIsLifted() {
        String url = CommentFixtures.article(this, "封禁测试").url();
        Reader troll = reader();
        long id = approvedCommentBy(troll, url, "捣乱者", "第一条。");

        HttpResponse<String> banned = api("POST", "/api/v1/comments/bans")
                .as(StaffRole.MODERATOR)
                .body(Map.of("kind", "ADDRESS", "commentId", id, "hours", 24, "reason", "反复刷屏"))
                .send();
        assertThat(banned.statusCode()).isEqualTo(201);
        long banId = parse(banned.body()).get("id").asLong();

        HttpResponse<String> refused = troll.comment(url, "捣乱者", "第二条。");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(Jsoup.parse(refused.body()).selectFirst(".comment-notice").text())
                .contains("暂时无法");
        assertThat(reader().comment(url, "好读者", "我没事。").statusCode()).isEqualTo(303);

        api("DELETE", "/api/v1/comments/bans/" + banId).as(StaffRole.MODERATOR).send();
        assertThat(troll.comment(url, "捣乱者", "第三条。").statusCode()).isEqualTo(303);
    }

    @Test
    default void moderationNeedsAModeratorOrEditorAndModesNeedAnAdmin() {
        long channel = CommentFixtures.article(this, "权限").channelId();

        assertThat(api("GET", "/api/v1/comments").anonymously().send().statusCode())
                .isEqualTo(401);
        assertThat(api("GET", "/api/v1/comments").as(StaffRole.REPORTER).send().statusCode())
                .isEqualTo(403);
        assertThat(api("POST", "/api/v1/comments/1/approve")
                        .as(StaffRole.REPORTER)
                        .send()
                        .statusCode())
                .isEqualTo(403);
        for (StaffRole role : List.of(
                StaffRole.MODERATOR,
                StaffRole.EDITOR,
                StaffRole.SECTION_CHIEF,
                StaffRole.EDITOR_IN_CHIEF,
                StaffRole.ADMIN)) {
            assertThat(api("GET", "/api/v1/comments").as(role).send().statusCode())
                    .as(role.name())
                    .isEqualTo(200);
        }
        Map<String, Object> mode = Map.of("mode", "POST_MODERATION");
        assertThat(api("PUT", "/api/v1/comments/channels/" + channel)
                        .as(StaffRole.MODERATOR)
                        .body(mode)
                        .send()
                        .statusCode())
                .isEqualTo(403);
        assertThat(api("PUT", "/api/v1/comments/channels/" + channel)
                        .as(StaffRole.ADMIN)
                        .body(mode)
                        .send()
                        .statusCode())
                .isEqualTo(200);
        assertThat(api("GET", "/api/v1/comments/channels/" + channel)
                        .as(StaffRole.MODERATOR)
                        .json()
                        .get("mode")
                        .asString())
                .isEqualTo("POST_MODERATION");
        assertThat(api("GET", "/api/v1/comments?state=NONSENSE")
                        .as(StaffRole.MODERATOR)
                        .send()
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    default void aSubChannelInheritsItsParentsModeUntilItHasItsOwn() {
        var f = fixtures();
        long parent =
                f.channel("父栏目" + CommentFixtures.word(""), null).get("id").asLong();
        long child =
                f.channel("子栏目" + CommentFixtures.word(""), parent).get("id").asLong();
        String url = f.article(child).publish().get("url").asString();

        setMode(parent, "POST_MODERATION");
        assertThat(reader().comment(url, "甲", "立即显示。")
                        .headers()
                        .firstValue("Location")
                        .orElseThrow())
                .endsWith("/posted?visible=1");
        assertThat(page(url).select(".comments .comment-text").eachText()).containsExactly("立即显示。");

        setMode(child, "PRE_MODERATION");
        assertThat(reader().comment(url, "乙", "要等审核。")
                        .headers()
                        .firstValue("Location")
                        .orElseThrow())
                .endsWith("/posted");
        assertThat(page(url).select(".comments .comment-text").eachText()).containsExactly("立即显示。");
    }

    @Test
    default void linksAreRefusedUnlessTheChannelAllowsThemAndThenAreNoFollow() {
        CommentFixtures.TestArticle article = CommentFixtures.article(this, "链接测试");
        String url = article.url();

        HttpResponse<String> refused = reader().comment(url, "甲", "看这里 www.example.org 有惊喜");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(refused.body())
                        .selectFirst("#comment-text-error")
                        .text())
                .contains("网址");

        api("PUT", "/api/v1/comments/channels/" + article.channelId())
                .body(Map.of("mode", "POST_MODERATION", "linksAllowed", true))
                .send();
        assertThat(reader().comment(url, "乙", "出处见 https://example.org/report?id=1 第三段。")
                        .statusCode())
                .isEqualTo(303);
        Document page = page(url);
        var link = page.selectFirst(".comments .comment-text a");
        assertThat(link.attr("href")).isEqualTo("https://example.org/report?id=1");
        assertThat(link.attr("rel")).contains("nofollow").contains("ugc");
    }

    @Test
    default void moderatorsWorkTheQueueInTheStaffUiWithTermsMarked() {
        CommentFixtures.TestArticle article = CommentFixtures.article(this, "后台审核");
        String review = CommentFixtures.word("审");
        addTerm(review, "REVIEW");
        Reader reader = reader();
        reader.comment(article.url(), "甲", "前文" + review + "后文");
        reader.comment(article.url(), "乙", "一条普通的评论。");
        StaffSession moderator = loginAs("comment-moderator", StaffRole.MODERATOR);

        Document queue = moderator.page("/admin/comments?articleId=" + article.id());

        assertThat(queue.select("tr.bo-comment")).hasSize(2);
        assertThat(queue.select("tr.bo-comment mark.bo-mark").eachText()).containsExactly(review);
        assertThat(queue.select(".bo-comment-text").eachText()).containsExactly("前文" + review + "后文", "一条普通的评论。");
        List<Long> ids = queue.select("tr.bo-comment").eachAttr("data-comment").stream()
                .map(Long::valueOf)
                .toList();
        String back = queue.selectFirst("input[name=back]").attr("value");

        HttpResponse<String> noReason = moderator.post(
                "/admin/comments/decide", Map.of("ids", "" + ids.get(0), "decision", "reject", "back", back));
        assertThat(moderator.follow(noReason).selectFirst(".bo-notice").text()).contains("原因");
        HttpResponse<String> withoutAmpersand = moderator.post(
                "/admin/comments/decide",
                Map.of("ids", "" + ids.get(1), "decision", "reject", "back", "/admin/comments?state=PENDING"));
        assertThat(withoutAmpersand.headers().firstValue("Location").orElseThrow())
                .endsWith("/admin/comments?state=PENDING&problem=reason");
        HttpResponse<String> approved = moderator.post(
                "/admin/comments/decide", Map.of("ids", "" + ids.get(1), "decision", "approve", "back", back));
        assertThat(approved.statusCode()).isEqualTo(303);
        assertThat(moderator.follow(approved).selectFirst(".bo-notice").text()).contains("1");
        assertThat(page(article.url()).select(".comments .comment-text").eachText())
                .containsExactly("一条普通的评论。");

        moderator.page("/admin/comments/" + ids.get(0));
        HttpResponse<String> rejected = moderator.post(
                "/admin/comments/" + ids.get(0) + "/reject", Map.of("reason", "OFF_TOPIC", "note", "与本文无关"));
        Document detail = moderator.follow(rejected);
        assertThat(detail.selectFirst("#state").text()).isEqualTo("未通过");
        assertThat(detail.select(".bo-timeline li").eachText())
                .anySatisfy(line -> assertThat(line).contains("不予通过").contains("comment-moderator"));

        assertThat(loginAs("comment-reporter", StaffRole.REPORTER)
                        .get("/admin/comments")
                        .statusCode())
                .isEqualTo(403);
        assertThat(newStaffSession().get("/admin/comments").statusCode()).isEqualTo(302);
    }
}
