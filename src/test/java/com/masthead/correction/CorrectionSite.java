package com.masthead.correction;

import static com.masthead.ticket.TicketFixtures.correctionForm;
import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.staff.StaffRole;
import com.masthead.support.ContentFixtures;
import com.masthead.ticket.TicketFixtures;
import com.masthead.ticket.TicketSiteClient;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import tools.jackson.databind.JsonNode;

/** What the correction contracts share: helpers that file requests and read them back. */
interface CorrectionSite extends TicketSiteClient {

    DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    default JsonNode article(String title) {
        ContentFixtures f = fixtures();
        long channel = f.channel("工单测试", null).get("id").asLong();
        return f.article(channel).set("title", title).publish();
    }

    default String submitted(JsonNode article, String email) {
        HttpResponse<String> response = reader().submit(
                        "/corrections/new", correctionForm(article.get("url").asString(), email), null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(303);
        String location = response.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    /** The newest request about the article, as the staff API shows it. */
    default JsonNode ticketOf(JsonNode article) {
        JsonNode list = api(
                        "GET",
                        "/api/v1/corrections?articleId=" + article.get("id").asLong())
                .as(StaffRole.MODERATOR)
                .json();
        long id = list.at("/items/0/id").asLong();
        return api("GET", "/api/v1/corrections/" + id).as(StaffRole.MODERATOR).json();
    }

    default LocalDate todayDate() {
        return LocalDate.ofInstant(clock().instant(), ZoneId.of("Asia/Shanghai"));
    }

    default String today() {
        return DAY.format(todayDate());
    }

    default byte[] largePdf(int megabytes) {
        byte[] bytes = new byte[megabytes * 1024 * 1024];
        System.arraycopy(TicketFixtures.pdf(), 0, bytes, 0, TicketFixtures.pdf().length);
        return bytes;
    }

    default String toFullWidth(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(c >= '!' && c <= '~' ? (char) (c - '!' + '！') : (char) c));
        return out.toString();
    }
}
