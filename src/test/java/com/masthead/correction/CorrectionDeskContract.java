package com.masthead.correction;

import static com.masthead.ticket.TicketFixtures.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.masthead.staff.StaffRole;
import com.masthead.ticket.MailServer;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Correction requests over real HTTP, the desk's side: assigning, due dates and overdue requests, declines, and
 * accepted requests that become public correction notes with the corrected article.
 */
interface CorrectionDeskContract extends CorrectionSite {

    @Test
    default void staffAssignRescheduleAndSeeOverdueRequests() {
        JsonNode article = article("队列测试");
        submitted(article, uniqueEmail());
        long id = ticketOf(article).get("id").asLong();
        String base = "/api/v1/corrections/" + id;

        JsonNode assigned = api("POST", base + "/assign")
                .as(StaffRole.SECTION_CHIEF)
                .body(Map.of("assignee", "liu.editor"))
                .json();
        HttpResponse<String> noDate = api("POST", base + "/due-date")
                .as(StaffRole.EDITOR)
                .body(Map.of())
                .send();
        JsonNode late = api("POST", base + "/due-date")
                .as(StaffRole.EDITOR)
                .body(Map.of("dueDate", todayDate().minusDays(1).toString()))
                .json();

        assertThat(assigned.get("assignee").asString()).isEqualTo("liu.editor");
        assertThat(noDate.statusCode()).isEqualTo(400);
        assertThat(parse(noDate.body()).at("/errors/0/field").asString()).isEqualTo("dueDate");
        assertThat(late.get("overdue").asBoolean()).isTrue();
        JsonNode overdue = api(
                        "GET",
                        "/api/v1/corrections?overdue=true&articleId="
                                + article.get("id").asLong())
                .as(StaffRole.MODERATOR)
                .json();
        assertThat(overdue.get("total").asLong()).isEqualTo(1);
        assertThat(overdue.at("/items/0/overdue").asBoolean()).isTrue();
        assertThat(api(
                                "GET",
                                "/api/v1/corrections?assignee=liu.editor&articleId="
                                        + article.get("id").asLong())
                        .json()
                        .get("total")
                        .asLong())
                .isEqualTo(1);
        assertThat(api("GET", "/api/v1/corrections")
                        .as(StaffRole.REPORTER)
                        .send()
                        .statusCode())
                .isEqualTo(403);
        assertThat(api("GET", "/api/v1/corrections").anonymously().send().statusCode())
                .isEqualTo(401);
        assertThat(api("POST", base + "/assign")
                        .as(StaffRole.REPORTER)
                        .body(Map.of("assignee", "x"))
                        .send()
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    default void aDeclineNeedsAReasonWhichIsMailedToTheReader() {
        JsonNode article = article("驳回测试");
        String email = uniqueEmail();
        String number = submitted(article, email);
        long id = ticketOf(article).get("id").asLong();

        HttpResponse<String> noReason = api("POST", "/api/v1/corrections/" + id + "/decline")
                .as(StaffRole.EDITOR)
                .body(Map.of("reason", "  "))
                .send();
        JsonNode declined = api("POST", "/api/v1/corrections/" + id + "/decline")
                .as(StaffRole.EDITOR)
                .body(Map.of("reason", "经核实，原文日期与公告一致。"))
                .json();
        HttpResponse<String> acceptAfterwards = api("POST", "/api/v1/corrections/" + id + "/accept")
                .as(StaffRole.EDITOR)
                .body(Map.of("note", "改正日期"))
                .send();

        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(parse(noReason.body()).at("/errors/0/field").asString()).isEqualTo("reason");
        assertThat(declined.get("status").asString()).isEqualTo("DECLINED");
        assertThat(declined.get("decidedBy").asString()).isEqualTo("api:test-editor");
        assertThat(acceptAfterwards.statusCode()).isEqualTo(400);
        assertThat(parse(acceptAfterwards.body()).at("/errors/0/field").asString())
                .isEqualTo("status");
        assertThat(MailServer.text(MailServer.await(email, "处理结果"))).contains(number, "经核实，原文日期与公告一致。");
    }

    @Test
    default void anAcceptedCorrectionGoesPublicWhenTheCorrectedVersionIsLive() {
        JsonNode article = article("更正发布测试");
        long articleId = article.get("id").asLong();
        String url = article.get("url").asString();
        String email = uniqueEmail();
        String number = submitted(article, email);
        long id = ticketOf(article).get("id").asLong();
        get(url);
        assertThat(get(url).headers().firstValue("X-Cache")).hasValue("HIT");

        HttpResponse<String> noNote = api("POST", "/api/v1/corrections/" + id + "/accept")
                .as(StaffRole.MODERATOR)
                .body(Map.of())
                .send();
        api("POST", "/api/v1/corrections/" + id + "/accept")
                .as(StaffRole.MODERATOR)
                .body(Map.of("note", "草稿"))
                .json();
        JsonNode edited = api("POST", "/api/v1/corrections/" + id + "/note")
                .as(StaffRole.EDITOR_IN_CHIEF)
                .body(Map.of("note", "本文第二段中的竣工日期应为2024年12月，原文误作2025年。<b>特此更正</b>"))
                .json();
        assertThat(noNote.statusCode()).isEqualTo(400);
        assertThat(edited.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(page(url).select("#corrections"))
                .as("nothing public before the correction is live")
                .isEmpty();

        correctedVersionWentLive(articleId, article.at("/content/channelId").asLong());

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(page(url)
                                .select("#corrections .correction-text")
                                .text())
                        .isEqualTo("本文第二段中的竣工日期应为2024年12月，原文误作2025年。<b>特此更正</b>"));
        assertThat(page(url).select("#corrections b"))
                .as("staff text is escaped too")
                .isEmpty();
        assertThat(page(url).select("#corrections .correction-date").text())
                .contains(todayDate().toString());
        Document list = page("/corrections/");
        assertThat(list.select(".correction-item .correction-article a").eachAttr("href"))
                .contains(url + "#corrections");
        JsonNode published = api("GET", "/api/v1/corrections/" + id).json();
        assertThat(published.get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(published.get("publishedAt").isNull()).isFalse();
        assertThat(MailServer.text(MailServer.await(email, "已更正"))).contains(number, url + "#corrections", "原文误作2025年");
        HttpResponse<String> again = api("POST", "/api/v1/corrections/" + id + "/note")
                .body(Map.of("note", "改写"))
                .send();
        assertThat(again.statusCode()).isEqualTo(400);
    }

    @Test
    default void anAcceptedRequestOpensAWorkingCopyAndPublishingItPublishesTheNote() {
        JsonNode article = article("工作副本测试");
        long articleId = article.get("id").asLong();
        String email = uniqueEmail();
        String number = submitted(article, email);
        long id = ticketOf(article).get("id").asLong();
        int before = api("GET", "/api/v1/articles/" + articleId)
                .json()
                .get("version")
                .asInt();

        api("POST", "/api/v1/corrections/" + id + "/accept")
                .as(StaffRole.EDITOR)
                .body(Map.of("note", "竣工日期已改为2024年12月。"))
                .json();
        JsonNode opened = api("GET", "/api/v1/articles/" + articleId).json();
        assertThat(opened.get("version").asInt())
                .as("a working copy was opened")
                .isGreaterThan(before);
        assertThat(page(article.get("url").asString()).select("#corrections")).isEmpty();

        ObjectNode content = (ObjectNode) opened.get("content");
        content.put("body", "<p>竣工日期为2024年12月。</p>");
        HttpResponse<String> saved = api("PUT", "/api/v1/articles/" + articleId)
                .header("If-Match", "\"" + opened.get("version").asInt() + "\"")
                .body(content)
                .send();
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        HttpResponse<String> published =
                api("POST", "/api/v1/articles/" + articleId + "/publish").send();
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);

        Document page = page(article.get("url").asString());
        assertThat(page.select(".article-body").text()).contains("竣工日期为2024年12月。");
        assertThat(page.select("#corrections .correction-text").text()).isEqualTo("竣工日期已改为2024年12月。");
        assertThat(api("GET", "/api/v1/corrections/" + id).json().get("status").asString())
                .isEqualTo("PUBLISHED");
        assertThat(MailServer.text(MailServer.await(email, "已更正"))).contains(number);
    }
}
