package com.masthead.correction.web;

import static com.masthead.ticket.TicketFixtures.correctionForm;
import static com.masthead.ticket.TicketFixtures.reprintForm;
import static com.masthead.ticket.TicketFixtures.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.staff.StaffRole;
import com.masthead.support.ContentFixtures;
import com.masthead.support.StaffSession;
import com.masthead.ticket.Reader;
import com.masthead.ticket.TicketFixtures;
import com.masthead.ticket.TicketSiteClient;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The correction and reprint queues in the staff UI: overdue marked, decisions through forms, roles enforced. */
interface TicketAdminContract extends TicketSiteClient {

    @Test
    default void theDeskWorksACorrectionRequestThroughTheStaffScreens() {
        JsonNode article = article("后台修改申请测试");
        HttpResponse<String> submitted = reader().submit(
                        "/corrections/new",
                        correctionForm(article.get("url").asString(), uniqueEmail()),
                        new Reader.FilePart("attachment", "proof.pdf", "application/pdf", TicketFixtures.pdf()));
        assertThat(submitted.statusCode()).isEqualTo(303);
        JsonNode ticket = api(
                        "GET",
                        "/api/v1/corrections?articleId=" + article.get("id").asLong())
                .json()
                .at("/items/0");
        long id = ticket.get("id").asLong();
        api("POST", "/api/v1/corrections/" + id + "/due-date")
                .body(Map.of("dueDate", today().minusDays(2).toString()))
                .send();
        StaffSession desk = loginAs("tickets-moderator", StaffRole.MODERATOR);

        Document queue = desk.page("/admin/corrections?overdue=1");
        assertThat(queue.select("nav a[href=/admin/corrections]")).hasSize(1);
        assertThat(queue.select("td a[href=/admin/corrections/" + id + "]").text())
                .isEqualTo(ticket.get("number").asString());
        assertThat(queue.select("tr:has(a[href=/admin/corrections/" + id + "]) .bo-overdue"))
                .hasSize(1);

        Document detail = desk.page("/admin/corrections/" + id);
        assertThat(detail.select("dd").eachText()).contains("0571-8765 4321");
        assertThat(desk.get("/admin/corrections/" + id + "/attachment").body()).startsWith("%PDF-");
        HttpResponse<String> noNote = desk.post("/admin/corrections/" + id + "/accept", Map.of("note", " "));
        assertThat(noNote.statusCode()).isEqualTo(200);
        assertThat(org.jsoup.Jsoup.parse(noNote.body()).select("#note-error").text())
                .isNotBlank();
        HttpResponse<String> accepted =
                desk.post("/admin/corrections/" + id + "/accept", Map.of("note", "第二段竣工日期应为2024年12月。"));
        assertThat(accepted.statusCode()).isEqualTo(302);
        Document after = desk.follow(accepted);
        assertThat(after.select(".bo-notice")).hasSize(1);
        assertThat(after.select("form[action=/admin/corrections/" + id + "/note] textarea")
                        .text())
                .isEqualTo("第二段竣工日期应为2024年12月。");
        assertThat(api("GET", "/api/v1/corrections/" + id)
                        .json()
                        .get("decidedBy")
                        .asString())
                .isEqualTo("tickets-moderator");

        StaffSession reporter = loginAs("tickets-reporter", StaffRole.REPORTER);
        assertThat(reporter.get("/admin/corrections").statusCode()).isEqualTo(403);
        assertThat(reporter.get("/admin/corrections/" + id + "/attachment").statusCode())
                .isEqualTo(403);
    }

    @Test
    default void theDeskGrantsALicenceAndSeesItListedForTheArticle() {
        JsonNode article = article("后台转载授权测试");
        HttpResponse<String> submitted =
                reader().submit("/reprints/new", reprintForm(article.get("url").asString(), uniqueEmail()), null);
        assertThat(submitted.statusCode()).isEqualTo(303);
        StaffSession desk = loginAs("tickets-chief", StaffRole.EDITOR_IN_CHIEF);
        Document queue =
                desk.page("/admin/reprints?article=" + article.get("id").asLong());
        String detailPath = queue.select("td a[href^=/admin/reprints/]").attr("href");
        long id = Long.parseLong(detailPath.substring(detailPath.lastIndexOf('/') + 1));

        HttpResponse<String> badDate = desk.post(
                "/admin/reprints/" + id + "/grant", Map.of("terms", "注明来源", "validFrom", "tomorrow", "validUntil", ""));
        HttpResponse<String> granted = desk.post(
                "/admin/reprints/" + id + "/grant",
                Map.of(
                        "terms",
                        "注明来源及作者",
                        "validFrom",
                        today().toString(),
                        "validUntil",
                        today().plusDays(30).toString()));

        assertThat(org.jsoup.Jsoup.parse(badDate.body())
                        .select("#validFrom-error")
                        .text())
                .isNotBlank();
        assertThat(org.jsoup.Jsoup.parse(badDate.body())
                        .select("textarea#terms")
                        .text())
                .isEqualTo("注明来源");
        assertThat(granted.statusCode()).isEqualTo(302);
        Document licences = desk.page(
                "/admin/reprints?status=GRANTED&article=" + article.get("url").asString());
        assertThat(licences.select("tbody tr")).hasSize(1);
        assertThat(licences.select("tbody tr").text()).contains("海川晚报", "后台转载授权测试");
        assertThat(desk.page("/admin/reprints?article=no-such-article").select("tbody tr"))
                .isEmpty();
        assertThat(loginAs("tickets-reporter2", StaffRole.REPORTER)
                        .get("/admin/reprints")
                        .statusCode())
                .isEqualTo(403);
    }

    private JsonNode article(String title) {
        ContentFixtures f = fixtures();
        long channel = f.channel("后台工单测试", null).get("id").asLong();
        return f.article(channel).set("title", title).publish();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock().instant(), ZoneId.of("Asia/Shanghai"));
    }
}
