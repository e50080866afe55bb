package com.masthead.comment;

import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.staff.StaffRole;
import com.masthead.support.SiteClient;
import com.masthead.support.StaffSession;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Reader comments over real HTTP: pre-moderation, the form with and without a token, limits and their 429s, the
 * moderation queue and its roles, reports, bans, channel modes, and the sensitive-word tiers.
 */
interface CommentContract extends SiteClient {

    URI address(String path);

    JdbcClient database();

    default Reader reader() {
        return new Reader(this::address);
    }

    @Test
    default void aPreModeratedCommentAppearsOnlyAfterApprovalAndEvictsExactlyItsArticlePage() {
        CommentFixtures.TestArticle article = CommentFixtures.article(this, "先审后发测试稿");
        CommentFixtures.TestArticle other = CommentFixtures.article(this, "无关稿件");
        String url = article.url();
        get(url);
        get(other.url());
        Reader reader = reader();

        HttpResponse<String> posted = reader.comment(url, "老读者", "这篇报道写得很扎实。\n第二段<b>不是粗体</b>");

        assertThat(posted.statusCode()).isEqualTo(303);
        String confirmation = posted.headers().firstValue("Location").orElseThrow();
        assertThat(confirmation).endsWith("/comments/posted");
        HttpResponse<String> thanks = reader.get(URI.create(confirmation).getPath());
        assertThat(Jsoup.parse(thanks.body())
                        .selectFirst(".comment-message-text")
                        .text())
                .contains("审核");
        assertThat(page(url).select(".comments .comment-text").eachText()).isEmpty();
        assertThat(get(url).headers().firstValue("X-Cache")).contains("HIT");

        JsonNode queued = pendingOn(article).get(0);
        assertThat(queued.get("nickname").asString()).isEqualTo("老读者");
        assertThat(queued.get("clientAddress").asString()).isEqualTo(reader.address());
        HttpResponse<String> approved = api(
                        "POST", "/api/v1/comments/" + queued.get("id").asLong() + "/approve")
                .as(StaffRole.MODERATOR)
                .send();

        assertThat(approved.statusCode()).isEqualTo(200);
        assertThat(get(other.url()).headers().firstValue("X-Cache")).contains("HIT");
        Document page = page(url);
        assertThat(page.select(".comments .comment-text").eachText()).containsExactly("这篇报道写得很扎实。 第二段<b>不是粗体</b>");
        assertThat(page.select(".comments .comment-text b")).isEmpty();
        assertThat(page.selectFirst(".comments .comment-count").text()).contains("1");
        assertThat(page("/comments").select(".comment-on a").eachText()).contains("先审后发测试稿");
        JsonNode history = parse(approved.body()).get("history");
        assertThat(history.get(0).get("action").asString()).isEqualTo("POSTED");
        assertThat(history.get(1).get("action").asString()).isEqualTo("APPROVED");
        assertThat(history.get(1).get("actor").asString()).isEqualTo("api:test-moderator");
    }

    @Test
    default void aPostWithoutTokenLandsOnAnUncachedFormThatHasOne() {
        CommentFixtures.TestArticle article = CommentFixtures.article(this, "无脚本读者");
        String url = article.url();
        long before = countRows("reader_comment");
        Document articlePage = page(url);
        assertThat(articlePage
                        .selectFirst("form.comment-form input[name=_csrf]")
                        .attr("value"))
                .isEmpty();
        Reader reader = reader();

        HttpResponse<String> refused = reader.post(Reader.commentsOf(url), Reader.form("无脚本", "我没有开脚本。", null));

        assertThat(refused.statusCode()).isEqualTo(303);
        String location = refused.headers().firstValue("Location").orElseThrow();
        assertThat(URI.create(location).getPath()).isEqualTo(Reader.commentsOf(url) + "/new");
        HttpResponse<String> form = reader.get(URI.create(location).getPath() + "?expired=1");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(form.headers().firstValue("X-Cache").orElse("")).isNotEqualTo("HIT");
        String token = Jsoup.parse(form.body())
                .selectFirst("form.comment-form input[name=_csrf]")
                .attr("value");
        assertThat(token).isNotBlank();
        assertThat(countRows("reader_comment")).isEqualTo(before);

        Map<String, String> again = Reader.form("无脚本", "我没有开脚本。", null);
        again.put("_csrf", token);
        assertThat(reader.post(Reader.commentsOf(url), again).statusCode()).isEqualTo(303);
        assertThat(countRows("reader_comment")).isEqualTo(before + 1);
    }

    @Test
    default void theTokenEndpointSetsTheCookieAndIsNeverCached() {
        HttpResponse<String> token = get("/comments/token");

        assertThat(token.statusCode()).isEqualTo(200);
        assertThat(token.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(token.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("XSRF-TOKEN="));
        assertThat(parse(token.body()).get("parameterName").asString()).isEqualTo("_csrf");
        assertThat(get("/comments/token").headers().firstValue("X-Cache").orElse(""))
                .isNotEqualTo("HIT");
    }

    @Test
    default void fieldErrorsNameEachFieldKeepTheTextAndSaveNothing() {
        String url = CommentFixtures.article(this, "字段校验").url();
        long before = countRows("reader_comment");

        HttpResponse<String> response = reader().comment(url, Reader.form(" ", "字".repeat(1001), "联".repeat(101)));

        assertThat(response.statusCode()).isEqualTo(400);
        Document form = Jsoup.parse(response.body());
        assertThat(form.selectFirst("#comment-nickname-error").text()).contains("昵称");
        assertThat(form.selectFirst("#comment-text-error").text())
                .contains("1000")
                .doesNotContain("1,000");
        assertThat(form.selectFirst("#comment-contact-error").text()).contains("100");
        assertThat(form.selectFirst("#comment-text").text()).hasSize(1001);
        assertThat(form.selectFirst("form.comment-form input[name=_csrf]").attr("value"))
                .isNotBlank();
        assertThat(countRows("reader_comment")).isEqualTo(before);
    }

    @Test
    default void anAddressPostingTooOftenGets429WithRetryAfterAndNothingMoreIsStored() {
        String url = CommentFixtures.article(this, "频率限制").url();
        Reader reader = reader();
        long before = countRows("reader_comment");

        for (int i = 0; i < 5; i++) {
            assertThat(reader.comment(url, "快手", "第" + i + "条评论，内容各不相同。").statusCode())
                    .isEqualTo(303);
        }
        HttpResponse<String> sixth = reader.comment(url, "快手", "第六条评论。");

        assertThat(sixth.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(sixth.headers().firstValue("Retry-After").orElseThrow()))
                .isBetween(1L, 600L);
        assertThat(Jsoup.parse(sixth.body()).selectFirst(".comment-notice").text())
                .contains("太频繁");
        assertThat(Jsoup.parse(sixth.body()).selectFirst("#comment-text").text())
                .isEqualTo("第六条评论。");
        assertThat(countRows("reader_comment")).isEqualTo(before + 5);
        assertThat(reader.from(Reader.nextAddress())
                        .comment(url, "别人", "另一位读者。")
                        .statusCode())
                .isEqualTo(303);
    }

    @Test
    default void anArticleTakesAtMostItsShareFromEveryoneTogether() {
        String url = CommentFixtures.article(this, "热门稿件").url();
        Reader reader = reader();

        for (int i = 0; i < 60; i++) {
            assertThat(reader.from(Reader.nextAddress())
                            .comment(url, "读者" + i, "第" + i + "位读者的看法。")
                            .statusCode())
                    .as("comment %d", i)
                    .isEqualTo(303);
        }
        HttpResponse<String> over = reader.from(Reader.nextAddress()).comment(url, "迟到者", "我也想说两句。");

        assertThat(over.statusCode()).isEqualTo(429);
        assertThat(over.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    default void anAddressWithTooManyCommentsWaitingIsAskedToWait() {
        CommentFixtures.TestArticle article = CommentFixtures.article(this, "待审上限");
        Reader reader = reader();
        for (int i = 0; i < 10; i++) {
            database()
                    .sql("""
                            insert into reader_comment (article_id, channel_id, nickname, body, state, body_hash,
                                client_address, client_fingerprint, created_at)
                            values (:article, :channel, '早先', :body, 'PENDING', :hash, :address, :fp, :at)""")
                    .param("article", article.id())
                    .param("channel", article.channelId())
                    .param("body", "一小时前的评论" + i)
                    .param("hash", "h" + i)
                    .param("address", reader.address())
                    .param("fp", "0".repeat(64))
                    .param("at", System.currentTimeMillis() - 3_600_000)
                    .update();
        }

        HttpResponse<String> response = reader.comment(article.url(), "等待者", "又一条。");

        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(Jsoup.parse(response.body()).selectFirst(".comment-notice").text())
                .contains("等待审核");
        assertThat(response.headers().firstValue("Retry-After")).contains("3600");
    }

    @Test
    default void theSameTextTwiceIsRefusedAsADuplicate() {
        String url = CommentFixtures.article(this, "重复检测").url();
        Reader reader = reader();
        assertThat(reader.comment(url, "复读", "完全相同的一句话。").statusCode()).isEqualTo(303);

        HttpResponse<String> again = reader.comment(url, "复读", "完全相同的一句话！！");

        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(again.body()).selectFirst("#comment-text-error").text())
                .contains("相同");
    }

    @Test
    default void aFilledHoneypotIsAnsweredLikeAnyPostButStoresNothing() {
        String url = CommentFixtures.article(this, "蜜罐").url();
        long before = countRows("reader_comment");
        Map<String, String> form = Reader.form("机器人", "买买买", null);
        form.put("website", "http://spam.example");

        HttpResponse<String> response = reader().comment(url, form);

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(countRows("reader_comment")).isEqualTo(before);
    }

    @Test
    default void lexiconTiersRefuseHoldAndMask() {
        String blocked = CommentFixtures.word("禁");
        String review = CommentFixtures.word("审");
        String masked = CommentFixtures.word("遮");
        addTerm(blocked, "BLOCK");
        addTerm(review, "REVIEW");
        addTerm(masked, "REPLACE");
        CommentFixtures.TestArticle article = CommentFixtures.article(this, "敏感词测试");
        String url = article.url();
        setMode(article.channelId(), "POST_MODERATION");
        Reader reader = reader();
        long before = countRows("reader_comment");

        HttpResponse<String> refused = reader.comment(url, "甲", "说句" + spaced(blocked) + "的话");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(refused.body())
                        .selectFirst("#comment-text-error")
                        .text())
                .contains("无法发表")
                .doesNotContain(blocked);
        assertThat(countRows("reader_comment")).isEqualTo(before);

        assertThat(reader.comment(url, "乙", "提到" + review + "了").statusCode()).isEqualTo(303);
        assertThat(reader.comment(url, "丙", "这里有" + masked + "。").statusCode()).isEqualTo(303);

        JsonNode held = pendingOn(article).get(0);
        assertThat(held.get("heldFor").asString()).isEqualTo(review);
        JsonNode match = held.get("matches").get(0);
        assertThat(match.get("tier").asString()).isEqualTo("REVIEW");
        assertThat(held.get("text")
                        .asString()
                        .substring(match.get("start").asInt(), match.get("end").asInt()))
                .isEqualTo(review);
        List<String> shown = page(url).select(".comments .comment-text").eachText();
        assertThat(shown).containsExactly("这里有" + "＊".repeat(masked.length()) + "。");
    }

    @Test
    default void aClosedChannelShowsNoFormAndRefusesPosts() {
        CommentFixtures.TestArticle article = CommentFixtures.article(this, "关闭评论");
        String url = article.url();
        setMode(article.channelId(), "CLOSED");

        assertThat(page(url).select("form.comment-form")).isEmpty();
        assertThat(page(url).selectFirst(".comment-closed")).isNotNull();
        HttpResponse<String> refused = reader().comment(url, "甲", "还能评论吗？");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(Jsoup.parse(refused.body()).text()).contains("关闭评论");
    }

    @Test
    default void aReportHidesTheCommentAndPutsItBackInTheQueueFlagged() {
        CommentFixtures.TestArticle article = CommentFixtures.article(this, "举报测试");
        String url = article.url();
        long id = approvedComment(url, "被举报者", "一条会被举报的评论。");
        assertThat(page(url).select(".comments .comment-text").eachText()).hasSize(1);
        Reader reporter = reader();

        Document confirm = reporter.page("/comments/" + id + "/report");
        Map<String, String> form = Map.of(
                "_csrf",
                confirm.selectFirst("form.comment-report-form input[name=_csrf]")
                        .attr("value"));
        HttpResponse<String> reported = reporter.post("/comments/" + id + "/report", form);

        assertThat(reported.statusCode()).isEqualTo(303);
        assertThat(reported.headers().firstValue("Location").orElseThrow()).endsWith("/comments/reported");
        assertThat(page(url).select(".comments .comment-text").eachText()).isEmpty();
        JsonNode flagged = parse(api("GET", "/api/v1/comments?flagged=true&articleId=" + article.id())
                        .as(StaffRole.EDITOR)
                        .send()
                        .body())
                .get("items")
                .get(0);
        assertThat(flagged.get("id").asLong()).isEqualTo(id);
        assertThat(flagged.get("reportCount").asInt()).isEqualTo(1);
        assertThat(reporter.get("/comments/" + id + "/report").statusCode()).isEqualTo(404);
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

    // --- helpers ---

    private JsonNode pendingOn(CommentFixtures.TestArticle article) {
        JsonNode page = api("GET", "/api/v1/comments?state=PENDING&articleId=" + article.id())
                .as(StaffRole.MODERATOR)
                .json();
        return page.get("items");
    }

    private static List<Long> ids(JsonNode items) {
        return items.findValues("id").stream().map(JsonNode::asLong).toList();
    }

    private long approvedComment(String url, String nickname, String text) {
        return approvedCommentBy(reader(), url, nickname, text);
    }

    private long approvedCommentBy(Reader reader, String url, String nickname, String text) {
        assertThat(reader.comment(url, nickname, text).statusCode()).isEqualTo(303);
        long id = database()
                .sql("select max(id) from reader_comment where client_address = :address")
                .param("address", reader.address())
                .query(Long.class)
                .single();
        assertThat(api("POST", "/api/v1/comments/" + id + "/approve")
                        .as(StaffRole.MODERATOR)
                        .send()
                        .statusCode())
                .isEqualTo(200);
        return id;
    }

    private void addTerm(String term, String tier) {
        assertThat(api("POST", "/api/v1/lexicon")
                        .body(Map.of("term", term, "tier", tier))
                        .send()
                        .statusCode())
                .isEqualTo(201);
    }

    private void setMode(long channelId, String mode) {
        assertThat(api("PUT", "/api/v1/comments/channels/" + channelId)
                        .body(Map.of("mode", mode))
                        .send()
                        .statusCode())
                .isEqualTo(200);
    }

    /** 禁词一二 → 禁 词·一 二: the evasion a reader might try. */
    private static String spaced(String word) {
        StringBuilder out = new StringBuilder();
        word.codePoints().forEach(c -> out.appendCodePoint(c).append(out.length() % 3 == 0 ? "·" : " "));
        return out.toString().strip();
    }
}
