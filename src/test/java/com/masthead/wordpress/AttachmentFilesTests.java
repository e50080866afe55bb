package com.masthead.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

class AttachmentFilesTests {

    private static final java.util.concurrent.CountDownLatch RELEASE = new java.util.concurrent.CountDownLatch(1);
    private static final java.util.concurrent.atomic.AtomicBoolean SLOW_BODY_ENDED =
            new java.util.concurrent.atomic.AtomicBoolean();

    private static WordPressProperties allowing(List<String> hosts, long maxBytes) {
        return new WordPressProperties(
                null, 0, 0, null, 0, hosts, Duration.ofSeconds(5), DataSize.ofBytes(maxBytes), null);
    }

    @Test
    void findsFilesByTheirPathUnderUploadsAndNeverOutside(@TempDir Path dir) throws IOException {
        Path uploads = Files.createDirectories(dir.resolve("uploads/2024/05"));
        Files.write(uploads.resolve("a b.png"), new byte[] {1, 2, 3});
        Files.writeString(dir.resolve("secret.txt"), "secret");
        AttachmentFiles files = new AttachmentFiles(dir.resolve("uploads"), allowing(List.of(), 1000));

        assertThat(files.find("https://old.test/wp-content/uploads/2024/05/a%20b.png")
                        .bytes())
                .containsExactly(1, 2, 3);
        assertThat(files.find("https://old.test/wp-content/uploads/../secret.txt")
                        .reason())
                .isEqualTo("not-in-uploads");
        assertThat(files.find("https://old.test/wp-content/uploads/2024/%2e%2e/%2e%2e/../secret.txt")
                        .bytes())
                .isNull();
        assertThat(files.find("https://old.test/wp-content/uploads/2024/05/missing.png")
                        .reason())
                .isEqualTo("not-in-uploads");
    }

    @Test
    void downloadsOnlyFromAllowedHostsWithinTheSizeLimitFollowingNoRedirect() throws IOException {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 19302), 0);
        server.createContext("/small.png", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(200, 3);
            exchange.getResponseBody().write(new byte[] {7, 8, 9});
            exchange.close();
        });
        server.createContext("/big.png", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(200, 2000);
            exchange.getResponseBody().write(new byte[2000]);
            exchange.close();
        });
        server.createContext("/moved.png", exchange -> {
            requests.incrementAndGet();
            exchange.getResponseHeaders().add("Location", "http://127.0.0.1:19302/small.png");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.createContext("/slow.png", exchange -> {
            requests.incrementAndGet();
            // the answer starts at once, but its body never ends
            exchange.sendResponseHeaders(200, 1_000);
            exchange.getResponseBody().write(new byte[10]);
            exchange.getResponseBody().flush();
            try {
                RELEASE.await(60, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            SLOW_BODY_ENDED.set(true);
            exchange.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        try {
            AttachmentFiles closed = new AttachmentFiles(null, allowing(List.of(), 1000));
            assertThat(closed.find("http://127.0.0.1:19302/small.png").reason()).isEqualTo("no-files");
            assertThat(requests).hasValue(0);

            AttachmentFiles open = new AttachmentFiles(null, allowing(List.of("127.0.0.1"), 1000));
            assertThat(open.find("http://127.0.0.1:19302/small.png").bytes()).containsExactly(7, 8, 9);
            assertThat(open.find("http://127.0.0.1:19302/big.png").reason()).isEqualTo("too-large");
            assertThat(open.find("http://127.0.0.1:19302/moved.png").reason()).isEqualTo("fetch-status");
            AttachmentFiles impatient = new AttachmentFiles(
                    null,
                    new WordPressProperties(
                            null,
                            0,
                            0,
                            null,
                            0,
                            List.of("127.0.0.1"),
                            Duration.ofMillis(500),
                            DataSize.ofBytes(5000),
                            null));
            assertThat(impatient.find("http://127.0.0.1:19302/slow.png").reason())
                    .isEqualTo("fetch-failed");
            // it gave up while the body was still being sent, not when the server ended it
            assertThat(SLOW_BODY_ENDED).isFalse();
            RELEASE.countDown();
            assertThat(requests).hasValue(4);
        } finally {
            RELEASE.countDown();
            server.stop(0);
            ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
        }
    }
}
