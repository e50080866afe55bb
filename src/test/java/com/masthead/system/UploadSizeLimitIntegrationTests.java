package com.masthead.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.support.SqliteSiteTest;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The container takes multipart bodies up to the whole-issue PDF's size (200 MB), but only the PDF upload
 * addresses may use that: every other upload (reader attachments, pictures) is refused from its declared length
 * at {@code masthead.uploads.max-request-size} before anything is read or buffered to disk.
 */
class UploadSizeLimitIntegrationTests extends SqliteSiteTest {

    private static final int THIRTY_MB = 30 * 1024 * 1024;

    @Test
    void aLargeUploadAnywhereElseIsRefusedBeforeItIsRead() {
        HttpResponse<String> response = send(multipart("/search", THIRTY_MB).build());

        assertThat(response.statusCode()).isEqualTo(413);
    }

    @Test
    void aLargeUploadToAReaderFormSendsTheReaderBackToTheFormAndSavesNothing() {
        long tickets = countRows("correction_request");

        HttpResponse<String> response =
                send(multipart("/corrections/new", THIRTY_MB).build());

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue("/corrections/new?error=too-large");
        assertThat(countRows("correction_request")).isEqualTo(tickets);
    }

    @Test
    void aLargeUploadToTheApiIsRefusedWithAProblemDocument() {
        HttpResponse<String> response = send(multipart("/api/v1/images", THIRTY_MB)
                .header("Authorization", "Bearer " + token(com.masthead.staff.StaffRole.ADMIN))
                .build());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(parse(response.body()).get("code").asString()).isEqualTo("payload-too-large");
    }

    @Test
    void theIssuePdfAddressesMayReceiveLargeBodiesAndStillNeedAnAccount() {
        HttpResponse<String> response =
                send(multipart("/api/v1/issues/1/pdf", THIRTY_MB).build());

        assertThat(response.statusCode()).isEqualTo(401);
    }

    private HttpRequest.Builder multipart(String path, int fileBytes) {
        String boundary = "----masthead-upload-limit";
        ByteArrayOutputStream body = new ByteArrayOutputStream(fileBytes + 512);
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n"
                        + "Content-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(new byte[fileBytes]);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json, text/html")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    }
}
