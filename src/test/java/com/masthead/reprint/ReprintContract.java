package com.masthead.reprint;

import static com.masthead.ticket.TicketFixtures.reprintForm;
import static com.masthead.ticket.TicketFixtures.uniqueEmail;
import static com.masthead.ticket.TicketFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.staff.StaffRole;
import com.masthead.support.ContentFixtures;
import com.masthead.ticket.MailServer;
import com.masthead.ticket.Reader;
import com.masthead.ticket.TicketSiteClient;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Reprint-licence requests end to end over real HTTP: the outlet's form and look-up, mail, the desk's queue. */
interface ReprintContract extends TicketSiteClient {

    @Test
    default void theCopyrightStatementOfOurOwnArticlesLinksToTheRequestForm() {
        JsonNode own = article("原创授权链接测试");
        JsonNode reprinted = reprintedArticle("转载稿件链接测试");
        Reader reader = reader();

        Document ownPage = reader.open(own.get("url").asString());
        Document reprintedPage = reader.open(reprinted.get("url").asString());
        String href =
                ownPage.select(".copyright-statement a[href^=/reprints/new]").attr("href");
        Document form = reader.open(href);

        assertThat(href).isEqualTo("/reprints/new?article=" + own.get("id").asLong());
        assertThat(reprintedPage.select(".copyright-statement a[href^=/reprints/new]"))
                .isEmpty();
        assertThat(form.select("textarea[name=articles]").text())
                .endsWith(own.get("url").asString());
        assertThat(form.select("select[name=medium] option")).hasSizeGreaterThan(5);
        assertThat(form.select("input[name=_csrf]").val()).isNotBlank();
    }

    @Test
    default void aRequestForSeveralArticlesGetsANumberAndMail() {
        JsonNode first = article("授权申请一");
        JsonNode second = article("授权申请二");
        String email = uniqueEmail();
        String articles = first.get("url").asString() + "\n" + second.get("id").asLong() + "，"
                + first.get("id").asLong();

        String number = submitted(articles, email);

        assertThat(number).matches("ZZ-" + DateTimeFormatter.BASIC_ISO_DATE.format(today()) + "-\\d{4}");
        assertThat(MailServer.text(MailServer.await(email, number)))
                .as("a neutral receipt: the number, our titles and where to look it up, nothing the outlet wrote")
                .contains(number, "授权申请一", "授权申请二", "/reprints/status")
                .doesNotContain("李编辑", "海川晚报", "拟于下周二第5版全文转载");
        assertThat(MailServer.text(MailServer.await(desk(), number)))
                .contains("海川晚报", "13800138000", "报纸", "拟于下周二第5版全文转载");
        JsonNode ticket = ticketFor(first);
        assertThat(ticket.get("articles").findValuesAsString("title")).containsExactly("授权申请一", "授权申请二");
        assertThat(ticket.get("medium").asString()).isEqualTo("NEWSPAPER");
        assertThat(ticket.get("dueDate").asString())
                .isEqualTo(today().plusDays(5).toString());
    }

    @Test
    default void onlyOurOwnPublishedArticlesCanBeLicensed() {
        JsonNode reprinted = reprintedArticle("他报稿件");
        long tickets = countRows("reprint_request");
        long links = countRows("reprint_request_article");

        HttpResponse<String> theirs = reader().submit(
                        "/reprints/new", reprintForm(reprinted.get("url").asString(), uniqueEmail()), null);
        HttpResponse<String> unknown = reader().submit(
                        "/reprints/new",
                        with(reprintForm("/news/2020/01/01/99999999.html", uniqueEmail()), "medium", "TV"),
                        null);

        assertThat(theirs.statusCode()).isEqualTo(400);
        assertThat(reader().parse(theirs).select("#articles-error").text()).contains("他报稿件");
        assertThat(unknown.statusCode()).isEqualTo(400);
        Document page = reader().parse(unknown);
        assertThat(page.select("#articles-error").text()).contains("99999999");
        assertThat(page.select("#medium-error").text()).isNotBlank();
        assertThat(page.select("input[name=outlet]").val()).isEqualTo("海川晚报");
        assertThat(countRows("reprint_request")).isEqualTo(tickets);
        assertThat(countRows("reprint_request_article")).isEqualTo(links);
    }

    @Test
    default void aListOfOnlySeparatorsIsRefusedNamingTheArticlesField() {
        long tickets = countRows("reprint_request");

        for (String separators : java.util.List.of(",", "，", "、", ";", " ,，、;；\n, ")) {
            HttpResponse<String> response =
                    reader().submit("/reprints/new", reprintForm(separators, uniqueEmail()), null);

            assertThat(response.statusCode()).as("articles %s", separators).isEqualTo(400);
            assertThat(reader().parse(response).select("#articles-error").text())
                    .isNotBlank();
        }
        assertThat(countRows("reprint_request")).isEqualTo(tickets);
    }

    @Test
    default void aGrantCarriesTermsAndAValidityPeriodAndIsListedPerArticle() {
        JsonNode article = article("授权批准测试");
        String email = uniqueEmail();
        String number = submitted(article.get("url").asString(), email);
        long id = ticketFor(article).get("id").asLong();
        String from = today().toString();
        String until = today().plusMonths(6).toString();

        HttpResponse<String> backwards = api("POST", "/api/v1/reprints/" + id + "/grant")
                .as(StaffRole.EDITOR_IN_CHIEF)
                .body(Map.of("terms", "须注明来源", "validFrom", until, "validUntil", from))
                .send();
        JsonNode granted = api("POST", "/api/v1/reprints/" + id + "/grant")
                .as(StaffRole.EDITOR_IN_CHIEF)
                .body(Map.of("terms", "须注明“来源：海川工业网”及作者，不得删改标题。", "validFrom", from, "validUntil", until))
                .json();
        HttpResponse<String> declineAfterwards = api("POST", "/api/v1/reprints/" + id + "/decline")
                .as(StaffRole.EDITOR_IN_CHIEF)
                .body(Map.of("reason", "改变主意"))
                .send();
        JsonNode licences = api(
                        "GET",
                        "/api/v1/reprints/licences?articleId="
                                + article.get("id").asLong())
                .as(StaffRole.MODERATOR)
                .json();

        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(parse(backwards.body()).at("/errors/0/field").asString()).isEqualTo("validUntil");
        assertThat(granted.get("status").asString()).isEqualTo("GRANTED");
        assertThat(granted.get("validNow").asBoolean()).isTrue();
        assertThat(declineAfterwards.statusCode()).isEqualTo(400);
        assertThat(licences.findValuesAsString("number")).containsExactly(number);
        assertThat(MailServer.text(MailServer.await(email, "已获批准"))).contains(number, "不得删改标题", from, until);

        Reader reader = reader();
        reader.open("/reprints/status");
        Document status = reader.parse(reader.post("/reprints/status", Map.of("number", number, "email", email)));
        assertThat(status.select(".ticket-state strong").text()).isEqualTo("已授权");
        assertThat(status.select(".ticket-result p").eachText()).contains("须注明“来源：海川工业网”及作者，不得删改标题。");
    }

    @Test
    default void aDeclineIsMailedWithItsReasonAndOnlyTicketHandlersSeeTheQueue() {
        JsonNode article = article("授权驳回测试");
        String email = uniqueEmail();
        String number = submitted(article.get("url").asString(), email);
        long id = ticketFor(article).get("id").asLong();

        JsonNode declined = api("POST", "/api/v1/reprints/" + id + "/decline")
                .as(StaffRole.MODERATOR)
                .body(Map.of("reason", "该稿件涉及第三方图片版权，暂不授权。"))
                .json();

        assertThat(declined.get("status").asString()).isEqualTo("DECLINED");
        assertThat(MailServer.text(MailServer.await(email, "处理结果"))).contains(number, "第三方图片版权");
        assertThat(api("GET", "/api/v1/reprints/" + id)
                        .as(StaffRole.REPORTER)
                        .send()
                        .statusCode())
                .isEqualTo(403);
        assertThat(api("GET", "/api/v1/reprints/licences?articleId=1")
                        .as(StaffRole.REPORTER)
                        .send()
                        .statusCode())
                .isEqualTo(403);
        assertThat(api("GET", "/api/v1/reprints").anonymously().send().statusCode())
                .isEqualTo(401);
        assertThat(api("POST", "/api/v1/reprints/" + id + "/assign")
                        .as(StaffRole.SECTION_CHIEF)
                        .body(Map.of("assignee", "late"))
                        .send()
                        .statusCode())
                .as("a decided request cannot be reassigned")
                .isEqualTo(400);
        JsonNode queue = api(
                        "GET",
                        "/api/v1/reprints?status=DECLINED&articleId="
                                + article.get("id").asLong())
                .as(StaffRole.EDITOR)
                .json();
        assertThat(queue.get("total").asLong()).isEqualTo(1);
    }

    private JsonNode article(String title) {
        ContentFixtures f = fixtures();
        long channel = f.channel("授权测试", null).get("id").asLong();
        return f.article(channel).set("title", title).publish();
    }

    private JsonNode reprintedArticle(String title) {
        ContentFixtures f = fixtures();
        long channel = f.channel("授权测试", null).get("id").asLong();
        return f.article(channel)
                .set("title", title)
                .reprintedFrom("外地日报", "王作者", "原题", "https://example.com/original")
                .publish();
    }

    private String submitted(String articles, String email) {
        HttpResponse<String> response = reader().submit("/reprints/new", reprintForm(articles, email), null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(303);
        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(reader().open(location).select(".ticket-number strong").text())
                .isEqualTo(location.substring(location.lastIndexOf('/') + 1));
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private JsonNode ticketFor(JsonNode article) {
        JsonNode list = api(
                        "GET", "/api/v1/reprints?articleId=" + article.get("id").asLong())
                .as(StaffRole.MODERATOR)
                .json();
        return list.at("/items/0");
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock().instant(), ZoneId.of("Asia/Shanghai"));
    }
}
