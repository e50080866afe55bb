package com.masthead.correction;

import static com.masthead.ticket.TicketFixtures.correctionForm;
import static com.masthead.ticket.TicketFixtures.uniqueEmail;
import static com.masthead.ticket.TicketFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.staff.StaffRole;
import com.masthead.ticket.MailServer;
import com.masthead.ticket.Reader;
import com.masthead.ticket.TicketFixtures;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Correction requests end to end over real HTTP, the reader's side: the form, numbers, mail, attachments, the
 * look-up, limits and languages. The desk's side is in {@link CorrectionDeskContract}.
 */
interface CorrectionContract extends CorrectionSite {

    @Test
    default void everyArticleLinksToAPrefilledProtectedFormThatNoCacheKeeps() {
        JsonNode article = article("纠错链接测试");
        Reader reader = reader();

        Document page = reader.open(article.get("url").asString());
        Element link = page.selectFirst(
                "a[href=/corrections/new?article=" + article.get("id").asLong() + "]");
        assertThat(link).as("申请修改 link under the article").isNotNull();

        HttpResponse<String> response = reader.get(link.attr("href"));
        Document form = reader.parse(response);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(response.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("XSRF-TOKEN="));
        assertThat(form.select("form[action=/corrections/new] input[name=_csrf]")
                        .val())
                .isNotBlank();
        assertThat(form.select("input[name=article]").val())
                .endsWith(article.get("url").asString());
        assertThat(form.select(".ticket-article a").text()).isEqualTo("纠错链接测试");
        assertThat(form.select("input[name=website]")).hasSize(1);
        assertThat(get("/corrections/new").statusCode()).isEqualTo(200);
    }

    @Test
    default void aRequestGetsANumberAndMailGoesToTheReaderAndTheDesk() {
        JsonNode article = article("工单编号测试");
        String email = uniqueEmail();

        HttpResponse<String> response = reader().submit(
                        "/corrections/new?article=" + article.get("id").asLong(),
                        correctionForm(article.get("url").asString(), email),
                        null);

        assertThat(response.statusCode()).isEqualTo(303);
        String location = response.headers().firstValue("Location").orElseThrow();
        String number = location.substring(location.lastIndexOf('/') + 1);
        assertThat(number).matches("JC-" + today() + "-\\d{4}");
        Document confirmation = reader().open(location);
        assertThat(confirmation.select(".ticket-number strong").text()).isEqualTo(number);

        MimeMessage acknowledgement = MailServer.await(email, number);
        assertThat(MailServer.text(acknowledgement))
                .as("a neutral receipt: the number and where to look it up, nothing the reader wrote")
                .contains(number, "/corrections/status")
                .doesNotContain("张晓明", "竣工日期", "见市住建局公告。", "把“2025年”改为“2024年12月”。", "海川市第一中学");
        MimeMessage desk = MailServer.await(desk(), number);
        assertThat(MailServer.text(desk)).contains("0571-8765 4321", email, "海川市第一中学", "见市住建局公告。");

        JsonNode queued = ticketOf(article);
        assertThat(queued.get("number").asString()).isEqualTo(number);
        assertThat(queued.get("status").asString()).isEqualTo("RECEIVED");
        assertThat(queued.get("dueDate").asString())
                .isEqualTo(todayDate().plusDays(3).toString());
    }

    @Test
    default void numbersFollowEachOtherWithinADay() {
        JsonNode article = article("连号测试");
        String first = submitted(article, uniqueEmail());
        String second = submitted(article, uniqueEmail());

        int a = Integer.parseInt(first.substring(first.lastIndexOf('-') + 1));
        int b = Integer.parseInt(second.substring(second.lastIndexOf('-') + 1));
        assertThat(b).isGreaterThan(a);
    }

    @Test
    default void aRefusedFormKeepsEveryValueNamesEachFieldAndSavesNothing() {
        JsonNode article = article("表单校验测试");
        Map<String, String> form = with(
                with(with(correctionForm("not an article", "not-an-email"), "phone", "12"), "name", " "),
                "problem",
                "𠀀".repeat(2001));
        long tickets = countRows("correction_request");
        long mails = countRows("mail_outbox");

        HttpResponse<String> response = reader().submit("/corrections/new", form, null);

        assertThat(response.statusCode()).isEqualTo(400);
        Document page = reader().parse(response);
        assertThat(page.select(".has-error input, .has-error textarea").eachAttr("name"))
                .containsExactlyInAnyOrder("name", "phone", "email", "article", "problem");
        assertThat(page.select("#email-error").text()).contains("name@example.com");
        assertThat(page.select("#problem-error").text()).contains("2000");
        assertThat(page.select("input[name=organization]").val()).isEqualTo("海川市第一中学");
        assertThat(page.select("input[name=email]").val()).isEqualTo("not-an-email");
        assertThat(page.select("textarea[name=requestedChange]").text()).isEqualTo("把“2025年”改为“2024年12月”。");
        assertThat(page.select("input[name=_csrf]").val()).isNotBlank();
        assertThat(countRows("correction_request")).isEqualTo(tickets);
        assertThat(countRows("mail_outbox")).isEqualTo(mails);
        assertThat(article.get("id").asLong()).isPositive();
    }

    @Test
    default void attachmentsAreCheckedByTheirBytesStoredUnderRandomNamesAndServedToStaffOnly() {
        JsonNode article = article("附件测试");
        String url = article.get("url").asString();
        long tickets = countRows("correction_request");

        HttpResponse<String> disguised = reader().submit(
                        "/corrections/new",
                        correctionForm(url, uniqueEmail()),
                        new Reader.FilePart("attachment", "photo.png", "image/png", TicketFixtures.html()));
        HttpResponse<String> tooLarge = reader().submit(
                        "/corrections/new",
                        correctionForm(url, uniqueEmail()),
                        new Reader.FilePart("attachment", "big.pdf", "application/pdf", largePdf(6)));

        assertThat(disguised.statusCode()).isEqualTo(400);
        assertThat(reader().parse(disguised).select("#attachment-error").text()).contains("PDF");
        assertThat(tooLarge.statusCode()).isEqualTo(400);
        assertThat(reader().parse(tooLarge).select("#attachment-error").text()).contains("5 MB");
        assertThat(reader().parse(tooLarge).select("input[name=name]").val()).isEqualTo("张晓明");
        assertThat(countRows("correction_request")).isEqualTo(tickets);

        HttpResponse<String> accepted = reader().submit(
                        "/corrections/new",
                        correctionForm(url, uniqueEmail()),
                        new Reader.FilePart("attachment", "../../etc/passwd.html", "text/html", TicketFixtures.pdf()));
        assertThat(accepted.statusCode()).isEqualTo(303);
        JsonNode ticket = ticketOf(article);
        assertThat(ticket.at("/attachment/type").asString()).isEqualTo("PDF");
        long id = ticket.get("id").asLong();
        String stored = database()
                .sql("select attachment_name from correction_request where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
        assertThat(stored).matches("[0-9a-f]{32}\\.pdf");

        HttpResponse<String> download = api("GET", "/api/v1/corrections/" + id + "/attachment")
                .as(StaffRole.MODERATOR)
                .send();
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(download.headers().firstValue("Content-Disposition").orElse(""))
                .startsWith("attachment")
                .contains(ticket.get("number").asString() + ".pdf");
        assertThat(download.body()).startsWith("%PDF-");
        assertThat(api("GET", "/api/v1/corrections/" + id + "/attachment")
                        .as(StaffRole.REPORTER)
                        .send()
                        .statusCode())
                .isEqualTo(403);
        assertThat(api("GET", "/api/v1/corrections/" + id + "/attachment")
                        .anonymously()
                        .send()
                        .statusCode())
                .isEqualTo(401);
        assertThat(get("/data/attachments/" + stored).statusCode()).isEqualTo(404);
    }

    @Test
    default void theReaderLooksATicketUpByNumberAndEmailOnly() {
        JsonNode article = article("查询测试");
        String email = uniqueEmail();
        String number = submitted(article, email);
        Reader reader = reader();
        reader.open("/corrections/status");

        Document found = reader.parse(reader.post(
                "/corrections/status",
                Map.of("number", toFullWidth(number.toLowerCase()), "email", email.toUpperCase())));
        Document wrongEmail =
                reader.parse(reader.post("/corrections/status", Map.of("number", number, "email", uniqueEmail())));

        assertThat(found.select(".ticket-result h2").text()).contains(number);
        assertThat(found.select(".ticket-state strong").text()).isEqualTo("已受理");
        assertThat(found.select(".ticket-result-article").text()).isEqualTo("查询测试");
        assertThat(wrongEmail.select(".ticket-result")).isEmpty();
        assertThat(wrongEmail.select(".ticket-not-found")).hasSize(1);
    }

    @Test
    default void aClientThatPostsTooOftenGets429WithRetryAfterAndKeepsItsText() {
        Reader reader = reader();
        reader.open("/corrections/new");
        Map<String, String> form = correctionForm("nothing", "bad");
        for (int i = 0; i < 10; i++) {
            assertThat(reader.post("/corrections/new", form).statusCode()).isEqualTo(400);
        }

        HttpResponse<String> throttled = reader.post("/corrections/new", form);

        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After").map(Long::parseLong))
                .hasValueSatisfying(seconds -> assertThat(seconds).isPositive());
        Document page = reader.parse(throttled);
        assertThat(page.select(".form-notice").text()).contains("分钟后再试");
        assertThat(page.select("input[name=name]").val()).isEqualTo("张晓明");
        assertThat(reader().submit("/corrections/new", form, null).statusCode())
                .as("another address still may")
                .isEqualTo(400);
    }

    @Test
    default void addressesOfOneIpv6NetworkShareOneBudget() {
        Map<String, String> form = correctionForm("nothing", "bad");
        for (int i = 0; i < 10; i++) {
            Reader reader = reader().at("2001:db8:55:1::" + Integer.toHexString(i + 1));
            reader.open("/corrections/new");
            assertThat(reader.post("/corrections/new", form).statusCode()).isEqualTo(400);
        }

        Reader sameNetwork = reader().at("2001:db8:55:1:ffff:ffff:ffff:fffe");
        sameNetwork.open("/corrections/new");
        Reader otherNetwork = reader().at("2001:db8:55:2::1");
        otherNetwork.open("/corrections/new");

        assertThat(sameNetwork.post("/corrections/new", form).statusCode()).isEqualTo(429);
        assertThat(otherNetwork.post("/corrections/new", form).statusCode()).isEqualTo(400);
    }

    @Test
    default void aFilledHoneypotSavesNothing() {
        JsonNode article = article("蜜罐测试");
        long tickets = countRows("correction_request");

        HttpResponse<String> response = reader().submit(
                        "/corrections/new",
                        with(
                                correctionForm(article.get("url").asString(), uniqueEmail()),
                                "website",
                                "http://spam.example"),
                        null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(reader().parse(response).select(".ticket-number")).isEmpty();
        assertThat(countRows("correction_request")).isEqualTo(tickets);
    }

    @Test
    default void anEnglishReaderGetsTheFormAndMailInEnglish() {
        JsonNode article = article("英文读者测试");
        String email = uniqueEmail();
        Reader reader = reader().inEnglish();

        Document form =
                reader.open("/corrections/new?article=" + article.get("id").asLong());
        HttpResponse<String> response = reader.post(
                "/corrections/new", correctionForm(article.get("url").asString(), email), null);

        assertThat(form.select("h1").text()).isEqualTo("Ask for a correction");
        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(MailServer.text(MailServer.await(email, "we received")))
                .contains("Dear reader", "/corrections/status")
                .doesNotContain("张晓明");
        assertThat(MailServer.subject(
                        MailServer.await(desk(), ticketOf(article).get("number").asString())))
                .startsWith("新的修改申请");
    }
}
