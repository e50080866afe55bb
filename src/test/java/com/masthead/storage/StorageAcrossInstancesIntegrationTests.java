package com.masthead.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.support.MultipartUpload;
import com.masthead.support.S3ProxyServer;
import com.masthead.ticket.AttachmentStore;
import com.masthead.ticket.StoredAttachment;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Two instances on one PostgreSQL database with {@code masthead.storage.type=s3} and no shared data directory: a
 * picture uploaded on one is served by the other (streamed by A; redirected to the bucket's public address by B,
 * which has {@code masthead.storage.public-base-url}), and a ticket attachment is readable by both instances but
 * not at any public address of the bucket.
 */
class StorageAcrossInstancesIntegrationTests {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private static StorageInstances instances;
    private static StorageInstances.Instance streaming;
    private static StorageInstances.Instance redirecting;
    private static String bucket;
    private static ObjectStore bucketStore;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        bucket = S3ProxyServer.newBucket();
        bucketStore = StorageCopyIntegrationTests.bucket(bucket);
        instances = new StorageInstances("storage_two_instances");
        streaming = instances.start(S3ProxyServer.storageProperties(bucket));
        Map<String, Object> withPublicAddress = new HashMap<>(S3ProxyServer.storageProperties(bucket));
        withPublicAddress.put("masthead.storage.public-base-url", publicBase() + "/");
        redirecting = instances.start(withPublicAddress);
    }

    @AfterAll
    static void stop() {
        if (instances != null) {
            instances.close();
        }
    }

    @Test
    void aPictureUploadedOnOneInstanceIsServedByTheOther() throws Exception {
        JsonNode image = redirecting.upload("across.png", "image/png", MultipartUpload.png(640, 400, 15));
        String original = image.at("/urls/original").asString();
        String thumb = image.at("/urls/thumb").asString();
        String hash = image.get("hash").asString();
        String key = "media/" + hash.substring(0, 2) + "/" + original.substring("/media/".length());

        HttpResponse<byte[]> streamed = get(streaming.uri(original));
        assertThat(streamed.statusCode()).isEqualTo(200);
        assertThat(streamed.body()).isEqualTo(bucketStore.readAllBytes(key));
        assertThat(streamed.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
        assertThat(streamed.headers().firstValue("ETag")).hasValue("\"" + hash + "-o\"");
        assertThat(streamed.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(get(streaming.uri(thumb)).statusCode()).isEqualTo(200);

        HttpResponse<byte[]> redirected = get(redirecting.uri(original));
        assertThat(redirected.statusCode()).isEqualTo(301);
        assertThat(redirected.headers().firstValue("Location")).hasValue(publicBase() + "/" + key);
        assertThat(redirected.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
        allowPublicReadingOfMedia();
        HttpResponse<byte[]> fromBucket = get(URI.create(publicBase() + "/" + key));
        assertThat(fromBucket.statusCode()).isEqualTo(200);
        assertThat(fromBucket.body()).isEqualTo(streamed.body());

        assertThat(streaming.dataDir.resolve("media")).doesNotExist();
        assertThat(redirecting.dataDir.resolve("media")).doesNotExist();
    }

    @Test
    void anAttachmentIsSharedByTheInstancesButNotReachableAtThePublicAddress() throws Exception {
        byte[] pdf = "%PDF-1.4\n% a reader's scan\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        StoredAttachment stored = new TransactionTemplate(redirecting.context.getBean(PlatformTransactionManager.class))
                .execute(status ->
                        redirecting.context.getBean(AttachmentStore.class).store("attachment", pdf));
        String key = "attachments/" + stored.storedName();
        allowPublicReadingOfMedia();

        assertThat(bucketStore.readAllBytes(key)).isEqualTo(pdf);
        try (var in = streaming
                .context
                .getBean(AttachmentStore.class)
                .open(stored.storedName())
                .orElseThrow()
                .content()
                .getInputStream()) {
            assertThat(in.readAllBytes()).isEqualTo(pdf);
        }
        assertThat(get(URI.create(publicBase() + "/" + key)).statusCode()).isEqualTo(403);
        assertThat(get(redirecting.uri("/media/" + stored.storedName())).statusCode())
                .isEqualTo(404);
        assertThat(streaming.dataDir.resolve("attachments")).doesNotExist();
    }

    @Test
    void theBucketIsInTheHealthButNotInReadiness() throws Exception {
        HttpResponse<byte[]> health = get(streaming.uri("/actuator/health"));
        HttpResponse<byte[]> readiness = get(streaming.uri("/actuator/health/readiness"));

        assertThat(streaming.context.getBean("storage")).isInstanceOf(StorageHealthIndicator.class);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(new String(health.body(), StandardCharsets.UTF_8)).contains("\"UP\"");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(new String(readiness.body(), StandardCharsets.UTF_8)).doesNotContain("storage");
        assertThat(Files.exists(streaming.dataDir.resolve("epaper"))).isFalse();
    }

    /**
     * What the documented bucket policy does on a real store: anyone may read {@code media/*} and {@code
     * epaper/*}, nothing else (S3Proxy has no bucket policies, so each such object is opened one by one).
     */
    private static void allowPublicReadingOfMedia() {
        bucketStore.list("media/").forEach(key -> S3ProxyServer.allowPublicReading(bucket, key));
        bucketStore.list("epaper/").forEach(key -> S3ProxyServer.allowPublicReading(bucket, key));
    }

    private static String publicBase() {
        return S3ProxyServer.endpoint() + "/" + bucket;
    }

    private static HttpResponse<byte[]> get(URI uri) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
