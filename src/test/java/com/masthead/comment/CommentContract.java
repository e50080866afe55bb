package com.masthead.comment;

import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.staff.StaffRole;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Reader comments over real HTTP, the reader's side: pre-moderation, the form with and without a token, limits and
 * their 429s, duplicates and the honeypot, the sensitive-word tiers, closed channels. Moderation is in
 * {@link CommentModerationContract}.
 */
interface CommentContract extends CommentSite {

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
    default void aBusyArticleStaysOpenToEveryReaderWithinTheirOwnLimit() {
        // A dozen addresses posting their full allowance must not shut the article's comments for everybody.
        String url = CommentFixtures.article(this, "热门稿件").url();
        Reader reader = reader();

        for (int i = 0; i < 65; i++) {
            if (i % 5 == 0) {
                reader.from(Reader.nextAddress());
            }
            assertThat(reader.comment(url, "读者" + i, "第" + i + "位读者的看法。").statusCode())
                    .as("comment %d", i)
                    .isEqualTo(303);
        }
        HttpResponse<String> late = reader.from(Reader.nextAddress()).comment(url, "迟到者", "我也想说两句。");

        assertThat(late.statusCode()).isEqualTo(303);
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
}
