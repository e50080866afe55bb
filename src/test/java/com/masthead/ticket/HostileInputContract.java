package com.masthead.ticket;

import static com.masthead.ticket.TicketFixtures.correctionForm;
import static com.masthead.ticket.TicketFixtures.reprintForm;
import static com.masthead.ticket.TicketFixtures.uniqueEmail;
import static com.masthead.ticket.TicketFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.staff.StaffRole;
import com.masthead.support.ContentFixtures;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every public ticket form against a corpus of hostile input, field by field: the answer is a field-level error
 * (400, nothing saved) or a saved ticket whose value is stored clean and shown escaped; never a 500, never markup
 * that runs, never half a ticket.
 */
interface HostileInputContract extends TicketSiteClient {

    String SCRIPT = "<script>alert('x')</script>";
    String EVENT_HANDLER = "\"><img src=x onerror=alert(1)>";

    List<String> CORPUS = List.of(
            SCRIPT,
            EVENT_HANDLER,
            "javascript:alert(1)//<svg onload=alert(1)>",
            "' OR '1'='1'; DROP TABLE correction_request; --",
            "\\\"; select pg_sleep(5); --",
            "nul\u0000bell\u0007esc\u001b[31mdel\u007f",
            "\u202Egnp.exe\u202C \u2066isolate\u2069",
            "😀👍🏽 𠀀𪚥 𡃁 emoji-and-rare-CJK",
            "line one\r\nBcc: victim@example.com\r\n\r\nline two",
            "${7*7} #{7*7} {{7*7}} <%= 7*7 %>",
            "\uD800 lone surrogate",
            "x".repeat(1024 * 1024));

    List<String> CORRECTION_FIELDS =
            List.of("name", "organization", "phone", "email", "article", "problem", "requestedChange");
    List<String> REPRINT_FIELDS =
            List.of("outlet", "contactName", "phone", "email", "articles", "medium", "intendedUse");

    @Test
    default void theCorrectionFormSurvivesHostileInputInEveryField() {
        String article = article();
        List<String> saved = new ArrayList<>();
        for (String field : CORRECTION_FIELDS) {
            for (String payload : CORPUS) {
                long before = countRows("correction_request");
                long mails = countRows("mail_outbox");
                HttpResponse<String> response = reader().submit(
                                "/corrections/new", with(correctionForm(article, uniqueEmail()), field, payload), null);
                thenSafe(response, field, payload);
                if (response.statusCode() == 400) {
                    assertThat(countRows("correction_request")).isEqualTo(before);
                    assertThat(countRows("mail_outbox")).isEqualTo(mails);
                } else {
                    assertThat(countRows("correction_request")).isEqualTo(before + 1);
                    saved.add(field + ":" + payload.substring(0, Math.min(10, payload.length())));
                }
            }
        }
        assertThat(saved).as("script in a name is stored as text").contains("name:" + SCRIPT.substring(0, 10));
        thenStoredClean("correction_request", List.of("requester_name", "organization", "problem", "requested_change"));
    }

    @Test
    default void theReprintFormSurvivesHostileInputInEveryField() {
        String article = article();
        for (String field : REPRINT_FIELDS) {
            for (String payload : CORPUS) {
                long before = countRows("reprint_request");
                long links = countRows("reprint_request_article");
                HttpResponse<String> response = reader().submit(
                                "/reprints/new", with(reprintForm(article, uniqueEmail()), field, payload), null);
                thenSafe(response, field, payload);
                if (response.statusCode() == 400) {
                    assertThat(countRows("reprint_request")).isEqualTo(before);
                    assertThat(countRows("reprint_request_article")).isEqualTo(links);
                } else {
                    assertThat(countRows("reprint_request")).isEqualTo(before + 1);
                }
            }
        }
        thenStoredClean("reprint_request", List.of("outlet", "contact_name", "intended_use"));
    }

    @Test
    default void theLookUpFormsSurviveHostileInput() {
        for (String kind : List.of("corrections", "reprints")) {
            for (String payload : CORPUS) {
                Reader reader = reader();
                reader.open("/" + kind + "/status");
                HttpResponse<String> number =
                        reader.post("/" + kind + "/status", Map.of("number", payload, "email", "a@example.org"));
                HttpResponse<String> email =
                        reader.post("/" + kind + "/status", Map.of("number", "JC-20261126-0001", "email", payload));
                for (HttpResponse<String> response : List.of(number, email)) {
                    assertThat(response.statusCode())
                            .as("%s look-up with %s", kind, preview(payload))
                            .isEqualTo(200);
                    thenNoMarkupRuns(reader.parse(response), payload);
                }
            }
        }
    }

    @Test
    default void savedHostileTextIsShownEscapedToTheReaderAndStoredAsText() {
        String email = uniqueEmail();
        Map<String, String> form = with(
                with(correctionForm(article(), email), "name", SCRIPT + "\u202E王"), "problem", EVENT_HANDLER + "\n𠀀");
        HttpResponse<String> response = reader().submit("/corrections/new", form, null);
        assertThat(response.statusCode()).isEqualTo(303);
        String location = response.headers().firstValue("Location").orElseThrow();
        String number = location.substring(location.lastIndexOf('/') + 1);

        Reader reader = reader();
        reader.open("/corrections/status");
        Document status = reader.parse(reader.post("/corrections/status", Map.of("number", number, "email", email)));
        thenNoMarkupRuns(status, SCRIPT);

        JsonNode list = api("GET", "/api/v1/corrections?status=RECEIVED&size=100")
                .as(StaffRole.MODERATOR)
                .json();
        JsonNode ticket = null;
        for (JsonNode item : list.get("items")) {
            if (item.get("number").asString().equals(number)) {
                ticket = api("GET", "/api/v1/corrections/" + item.get("id").asLong())
                        .json();
            }
        }
        assertThat(ticket).isNotNull();
        assertThat(ticket.get("requesterName").asString()).isEqualTo(SCRIPT + "王");
        assertThat(ticket.get("problem").asString()).isEqualTo(EVENT_HANDLER + "\n𠀀");
        assertThat(MailServer.text(MailServer.await(desk(), number))).contains(SCRIPT + "王");
        assertThat(MailServer.text(MailServer.await(email, number)))
                .as("the reader's receipt carries nothing the reader wrote")
                .doesNotContain(SCRIPT, EVENT_HANDLER);
    }

    @Test
    default void wrongContentTypesAreRefusedAsEmptyFormsWithoutSavingAnything() {
        long tickets = countRows("correction_request") + countRows("reprint_request");
        for (String path : List.of("/corrections/new", "/reprints/new")) {
            Reader reader = reader();
            reader.open(path);
            List<HttpResponse<String>> responses = List.of(
                    reader.postRaw(path, "application/json", "{\"name\":\"x\"}".getBytes(StandardCharsets.UTF_8)),
                    reader.postRaw(path, "text/plain", "name=x".getBytes(StandardCharsets.UTF_8)),
                    reader.postRaw(path, "application/xml", "<name>x</name>".getBytes(StandardCharsets.UTF_8)),
                    reader.postRaw(
                            path,
                            "application/x-www-form-urlencoded",
                            "name=%ZZ%&phone=\u0000".getBytes(StandardCharsets.ISO_8859_1)),
                    reader.postRaw(
                            path,
                            "multipart/form-data; boundary=nothing-like-the-body",
                            "--other\r\nbroken".getBytes(StandardCharsets.UTF_8)),
                    reader.postRaw(path, "multipart/form-data", new byte[] {1, 2, 3}));
            for (HttpResponse<String> response : responses) {
                assertThat(response.statusCode())
                        .as("%s: %s", path, response.body())
                        .isIn(400, 403);
                thenNoMarkupRuns(reader.parse(response), SCRIPT);
            }
        }
        assertThat(countRows("correction_request") + countRows("reprint_request"))
                .isEqualTo(tickets);
        assertThat(reader().rawGetStatus("/corrections/new?article=%ZZ%E4%B8"))
                .as("an undecodable query string")
                .isEqualTo(400);
    }

    @Test
    default void invalidUtf8InAMultipartTextFieldIsRefusedLikeInAnUrlencodedForm() {
        String article = article();
        long tickets = countRows("correction_request") + countRows("reprint_request");
        Map<String, Map<String, String>> forms = Map.of(
                "/corrections/new", correctionForm(article, uniqueEmail()),
                "/reprints/new", reprintForm(article, uniqueEmail()));
        // a lone continuation byte, a truncated sequence, and an overlong '<' (C0 BC)
        List<byte[]> broken = List.of(
                new byte[] {(byte) 0x80}, new byte[] {(byte) 0xE4, (byte) 0xB8}, new byte[] {(byte) 0xC0, (byte) 0xBC});
        byte[] valid = "好".getBytes(StandardCharsets.UTF_8);
        for (var form : forms.entrySet()) {
            for (byte[] bytes : concat(List.of(valid), broken)) {
                Reader reader = reader();
                reader.open(form.getKey());
                String boundary = "----masthead-broken-utf8";
                java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
                Map<String, String> fields = new java.util.LinkedHashMap<>(form.getValue());
                fields.put("_csrf", reader.token());
                String first = fields.keySet().stream()
                        .filter(k -> !k.equals("_csrf"))
                        .findFirst()
                        .orElseThrow();
                for (var field : fields.entrySet()) {
                    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                                    + "\"\r\n\r\n" + field.getValue())
                            .getBytes(StandardCharsets.UTF_8));
                    if (field.getKey().equals(first)) {
                        body.writeBytes(bytes);
                    }
                    body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
                }
                body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));

                HttpResponse<String> response =
                        reader.postRaw(form.getKey(), "multipart/form-data; boundary=" + boundary, body.toByteArray());

                assertThat(response.statusCode())
                        .as(
                                "%s with %s",
                                form.getKey(), java.util.HexFormat.of().formatHex(bytes))
                        .isEqualTo(bytes == valid ? 303 : 400);
                thenNoMarkupRuns(reader.parse(response), SCRIPT);
            }
        }
        assertThat(countRows("correction_request") + countRows("reprint_request"))
                .as("only the two well-formed posts were saved")
                .isEqualTo(tickets + 2);
    }

    @Test
    default void anAttachmentTooLargeForTheServerSendsTheReaderBackWithAMessage() {
        Reader reader = reader();
        reader.open("/corrections/new");
        byte[] huge = new byte[11 * 1024 * 1024 + 4096]; // over masthead.uploads.max-request-size

        HttpResponse<String> response = reader.post(
                "/corrections/new",
                correctionForm(article(), uniqueEmail()),
                new Reader.FilePart("attachment", "huge.pdf", "application/pdf", huge));

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue("/corrections/new?error=too-large");
        Document form = reader.open("/corrections/new?error=too-large");
        assertThat(form.select("#attachment-error").text()).contains("MB");
    }

    private void thenSafe(HttpResponse<String> response, String field, String payload) {
        assertThat(response.statusCode())
                .as("%s with %s: %s", field, preview(payload), response.body().length() > 2000 ? "" : response.body())
                .isIn(303, 400);
        if (response.statusCode() == 400) {
            Document page = reader().parse(response);
            thenNoMarkupRuns(page, payload);
            assertThat(page.select(".field-error"))
                    .as("a field-level error for %s", field)
                    .isNotEmpty();
        }
    }

    private static void thenNoMarkupRuns(Document page, String payload) {
        assertThat(page.select("script").eachAttr("src"))
                .as("only the site's own scripts")
                .allMatch(src -> src.startsWith("/assets/"));
        assertThat(page.select("script:not([src])").stream().filter(s -> !"application/ld+json".equals(s.attr("type"))))
                .isEmpty();
        assertThat(page.select("[onerror], [onload], svg, img[src=x]")).isEmpty();
        assertThat(page.select("a[href^=javascript]")).isEmpty();
    }

    private void thenStoredClean(String table, List<String> columns) {
        for (String column : columns) {
            List<String> values = database()
                    .sql("select " + column + " from " + table)
                    .query(String.class)
                    .list();
            assertThat(values)
                    .as("%s.%s holds no control characters or direction overrides", table, column)
                    .noneMatch(v -> v.chars()
                            .anyMatch(c -> (c < 0x20 && c != '\n') || c == 0x7f || (c >= 0x202A && c <= 0x202E)));
        }
    }

    private String article() {
        ContentFixtures f = fixtures();
        long channel = f.channel("恶意输入测试", null).get("id").asLong();
        return f.article(channel).publish().get("url").asString();
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static String preview(String payload) {
        return payload.length() > 40 ? payload.substring(0, 40) + "… (" + payload.length() + " chars)" : payload;
    }
}
