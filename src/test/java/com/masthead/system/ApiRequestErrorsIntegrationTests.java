package com.masthead.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.staff.StaffRole;
import com.masthead.support.SqliteSiteTest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Requests the API cannot take because of how they are sent, not what they say: a body type no endpoint accepts,
 * a query string the container cannot decode. They get a 4xx problem document naming the cause, never a 500, and
 * change nothing. These are decided before any storage is touched, so one database suffices.
 */
class ApiRequestErrorsIntegrationTests extends SqliteSiteTest {

    @Test
    void aJsonBodyWhereAnUploadIsExpectedIs415WithAProblemDocumentAndStoresNothing() {
        long images = countRows("image");
        HttpResponse<String> response =
                api("POST", "/api/v1/images").body("{\"alt\":\"x\"}").send();
        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = parse(response.body());
        assertThat(problem.get("code").asString()).isEqualTo("unsupported-media-type");
        assertThat(problem.get("status").asInt()).isEqualTo(415);
        assertThat(countRows("image")).isEqualTo(images);
    }

    @Test
    void anUndecodableQueryStringIs400WithAProblemDocument() {
        String response = rawGet("/api/v1/articles?status=%ZZ%E4%B8");
        assertThat(response).startsWith("HTTP/1.1 400");
        assertThat(response).contains("\"code\":\"malformed-request\"");
        assertThat(response).doesNotContain("Exception");
    }

    @Test
    void anUploadWhoseTextFieldIsNotWellFormedUtf8Is400WithAProblemDocumentAndStoresNothing() throws IOException {
        long images = countRows("image");
        String boundary = "----masthead-api-utf8";
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"alt\"\r\n\r\n说明")
                .getBytes(StandardCharsets.UTF_8));
        body.write(new byte[] {(byte) 0xC0, (byte) 0xBC});
        body.write(("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\n"
                        + "Content-Type: image/png\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(java.util.HexFormat.of().parseHex("89504e470d0a1a0a"));
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> response = send(java.net.http.HttpRequest.newBuilder(uri("/api/v1/images"))
                .header("Authorization", "Bearer " + token(StaffRole.ADMIN))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(parse(response.body()).get("code").asString()).isEqualTo("malformed-request");
        assertThat(countRows("image")).isEqualTo(images);
    }

    @Test
    void theSiteAnswersTheSameMistakesWithItsOwnErrorPage() {
        String response = rawGet("/search?q=%ZZ");
        assertThat(response).startsWith("HTTP/1.1 400");
        assertThat(response).contains("<html");
    }

    @Test
    void addressesTheContainerRefusesGetTheSitesOwnErrorPage() {
        String overlong = rawGet("/search?q=" + "a".repeat(20_000));
        String encodedSlash = rawGet("/channel/%2F%2E%2E%2Fetc/");

        for (String response : java.util.List.of(overlong, encodedSlash)) {
            assertThat(response).startsWith("HTTP/1.1 400");
            assertThat(response).containsIgnoringCase("Content-Type: text/html;charset=UTF-8");
            assertThat(response).contains("<html lang=\"zh-CN\"").contains("请求有误");
            assertThat(response).doesNotContain("HTTP Status").doesNotContain("Tomcat");
        }
        assertThat(rawGet("/channel/%2F%2E%2E%2Fetc/", "Accept-Language: en\r\n"))
                .contains("<html lang=\"en\"")
                .doesNotContain("请求有误");
    }

    @Test
    void anOversizedJsonBodyIsRefusedInTheCallersLanguageAsUtf8() {
        String big = "{\"title\":\"" + "x".repeat(3 * 1024 * 1024) + "\"}";

        HttpResponse<String> english = api("POST", "/api/v1/articles")
                .header("Accept-Language", "en")
                .body(big)
                .send();
        HttpResponse<String> chinese = api("POST", "/api/v1/articles").body(big).send();

        for (HttpResponse<String> response : java.util.List.of(english, chinese)) {
            assertThat(response.statusCode()).isEqualTo(413);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                    .startsWith("application/problem+json")
                    .doesNotContainIgnoringCase("ISO-8859-1");
            assertThat(parse(response.body()).get("code").asString()).isEqualTo("payload-too-large");
        }
        assertThat(parse(english.body()).get("detail").asString()).contains("2,097,152 bytes");
        assertThat(parse(chinese.body()).get("detail").asString()).contains("2,097,152 字节");
    }

    /** A GET whose request line is sent byte for byte (no URI class accepts a broken escape). */
    private String rawGet(String pathAndQuery) {
        return rawGet(pathAndQuery, "");
    }

    private String rawGet(String pathAndQuery, String extraHeaders) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream()
                    .write(("GET " + pathAndQuery + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                                    + token(StaffRole.ADMIN) + "\r\nAccept: application/json, text/html\r\n"
                                    + extraHeaders + "Connection: close\r\n\r\n")
                            .getBytes(StandardCharsets.ISO_8859_1));
            StringBuilder all = new StringBuilder();
            BufferedReader in =
                    new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                all.append(line).append('\n');
            }
            return all.toString();
        } catch (IOException e) {
            throw new AssertionError("raw request failed: " + pathAndQuery, e);
        }
    }
}
