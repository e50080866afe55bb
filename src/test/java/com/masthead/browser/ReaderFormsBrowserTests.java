package com.masthead.browser;

import static com.masthead.staff.StaffRole.MODERATOR;
import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.support.browser.BrowserSiteTest;
import com.masthead.support.browser.PublicArticlePage;
import com.masthead.support.browser.ReaderForms.ConfirmationPage;
import com.masthead.support.browser.ReaderForms.CorrectionRequestPage;
import com.masthead.support.browser.ReaderForms.ReprintRequestPage;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * One test per reader form: a reader fills it in on the public site, sees the confirmation, and a moderator finds
 * it in the staff queue. Each test publishes its own article in a channel of its own (pre-moderated comments), so
 * settings other tests change on their channels do not reach it.
 */
class ReaderFormsBrowserTests extends BrowserSiteTest {

    private static final AtomicInteger READERS = new AtomicInteger();

    private long articleId;
    private String articlePath;
    private String articleTitle;

    @BeforeEach
    void anArticleReadersCanRespondTo() {
        long channel = fixtures()
                .channel("读者之声" + READERS.incrementAndGet(), null)
                .get("id")
                .asLong();
        assertThat(api("PUT", "/api/v1/comments/channels/" + channel)
                        .body(Map.of("mode", "PRE_MODERATION"))
                        .send()
                        .statusCode())
                .isEqualTo(200);
        articleTitle = "城东公园改造征求市民意见" + READERS.get();
        JsonNode article = fixtures()
                .article(channel)
                .set("title", articleTitle)
                .set("body", "<p>改造方案公示期为十五天，市民可通过热线提出建议。</p>")
                .publish();
        articleId = article.get("id").asLong();
        articlePath = article.get("url").asString().replaceFirst("^https?://[^/]+", "");
        // Rate limits count per client address; this reader's address is its own (a TEST-NET-3 address).
        browser.comeFrom("203.0.113." + (READERS.get() % 250 + 1));
    }

    @Test
    void aReadersCommentIsConfirmedAndWaitsInTheModerationQueue() {
        String moderator = person("bt-moderator1", "邓丽华", MODERATOR);
        String comment = "建议在公园东门增设无障碍坡道，方便轮椅出入。";

        ConfirmationPage confirmation = PublicArticlePage.open(browser, articlePath)
                .commentForm()
                .nickname("老街坊")
                .text(comment)
                .submit();

        assertThat(confirmation.heading()).isEqualTo(text("comments.posted.heading"));
        assertThat(confirmation.text()).contains(text("comments.posted.pending"));
        // The pending queue is worked oldest first and other tests leave comments in it: filter by the article.
        assertThat(logIn(browser, moderator)
                        .goToCommentModeration()
                        .onArticle(articleId)
                        .rows())
                .anySatisfy(
                        row -> assertThat(row).contains("老街坊").contains(comment).contains(articleTitle));
    }

    @Test
    void aCorrectionRequestIsConfirmedWithATicketNumberThatModeratorsSeeInTheirQueue() {
        String moderator = person("bt-moderator2", "邓丽华", MODERATOR);

        CorrectionRequestPage form =
                PublicArticlePage.open(browser, articlePath).reportAnError();
        assertThat(form.article()).contains(articlePath);
        ConfirmationPage confirmation = form.name("周文斌")
                .organization("城东街道办事处")
                .phone("0571-88886666")
                .email("zhou.wenbin@example.test")
                .problem("文中公示期写为十五天，街道公告写的是二十天。")
                .requestedChange("请将公示期改为二十天。")
                .submit();

        assertThat(confirmation.heading()).isEqualTo(text("site.corrections.submitted.title"));
        String number = confirmation.ticketNumber();
        assertThat(number).matches("JC-\\d{8}-\\d{4}");
        assertThat(logIn(browser, moderator).goToCorrectionRequests().row(number))
                .contains(articleTitle)
                .contains("周文斌");
    }

    @Test
    void aReprintRequestIsConfirmedWithATicketNumberThatModeratorsSeeInTheirQueue() {
        String moderator = person("bt-moderator3", "邓丽华", MODERATOR);

        ReprintRequestPage form = PublicArticlePage.open(browser, articlePath).askForAReprintLicence();
        assertThat(form.articles()).contains(articlePath);
        form.outlet("滨江晚报").contactName("吴晓光").phone("0571-87771234").email("wu@example.test");
        form.anyMedium();
        ConfirmationPage confirmation = form.intendedUse("拟于下周在城市版全文刊发，不作删节。").submit();

        assertThat(confirmation.heading()).isEqualTo(text("site.reprints.submitted.title"));
        String number = confirmation.ticketNumber();
        assertThat(number).matches("ZZ-\\d{8}-\\d{4}");
        assertThat(logIn(browser, moderator).goToReprintRequests().row(number))
                .contains("滨江晚报")
                .contains(articleTitle);
    }
}
