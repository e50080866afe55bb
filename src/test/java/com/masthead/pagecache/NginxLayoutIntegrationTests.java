package com.masthead.pagecache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.masthead.support.ContentFixtures;
import com.masthead.support.SiteTestSupport;
import com.masthead.system.ClientAddress;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The production layout of docs/caching.md, for real: Debian's nginx runs {@code deploy/nginx/masthead.conf}
 * (its ports and paths replaced, nothing else) in front of the application, and readers' requests go through it.
 * nginx must be installed ({@code apt-get install -y nginx-light}; CI installs it): without it this test fails.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"masthead.cache.purge-method=GET", "masthead.trusted-proxies=127.0.0.1"})
@Import(NginxLayoutIntegrationTests.ClientAddressProbe.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NginxLayoutIntegrationTests extends SiteTestSupport {

    private static final Path CONFIG = Path.of("deploy/nginx/masthead.conf");
    private static final Path PREFIX = prefix();
    private static final int HTTP_PORT = freePort();
    private static final int REFRESH_PORT = freePort();
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private Process nginx;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("masthead.data-dir", () -> PREFIX.resolve("data").toString());
        registry.add(
                "spring.datasource.url",
                () -> "jdbc:sqlite:" + PREFIX.resolve("data/masthead.db")
                        + "?journal_mode=WAL&busy_timeout=10000&foreign_keys=true&transaction_mode=IMMEDIATE");
        registry.add(
                "masthead.cache.purge-endpoints",
                () -> "http://127.0.0.1:" + REFRESH_PORT + "/purge{path},http://127.0.0.1:" + REFRESH_PORT
                        + "/purge-en{path}");
    }

    @BeforeAll
    void startNginx() throws IOException {
        Path binary = List.of(Path.of("/usr/sbin/nginx"), Path.of("/usr/bin/nginx")).stream()
                .filter(Files::isExecutable)
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "nginx is not installed: apt-get install -y nginx-light (CI installs it; this test needs it)"));
        Files.createDirectories(PREFIX.resolve("cache"));
        Files.createDirectories(PREFIX.resolve("tmp"));
        Files.writeString(PREFIX.resolve("masthead.conf"), siteConfig(Files.readString(CONFIG)));
        Files.writeString(PREFIX.resolve("nginx.conf"), mainConfig());
        nginx = new ProcessBuilder(
                        binary.toString(),
                        "-p",
                        PREFIX.toString(),
                        "-e",
                        PREFIX.resolve("error.log").toString(),
                        "-c",
                        PREFIX.resolve("nginx.conf").toString(),
                        "-g",
                        "daemon off; pid " + PREFIX.resolve("nginx.pid") + ";")
                .redirectErrorStream(true)
                .redirectOutput(PREFIX.resolve("nginx.out").toFile())
                .start();
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            if (!nginx.isAlive()) {
                throw new AssertionError("nginx stopped: " + Files.readString(PREFIX.resolve("error.log")));
            }
            return accepts(HTTP_PORT) && accepts(REFRESH_PORT);
        });
    }

    @AfterAll
    void stopNginx() throws InterruptedException {
        if (nginx != null) {
            nginx.destroy();
            nginx.waitFor();
        }
    }

    @Test
    void pagesComeThroughWithTheApplicationsCachingHeadersAndAreKeptAtTheEdge() throws IOException {
        String url = fixtures().article(channel("边缘缓存")).publish().get("url").asString();

        HttpResponse<byte[]> first = viaNginx(url, "Accept-Encoding", "gzip");
        HttpResponse<byte[]> second = viaNginx(url, "Accept-Encoding", "gzip");

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Cache-Control").orElseThrow())
                .contains("public")
                .contains("s-maxage=")
                .contains("stale-while-revalidate=");
        assertThat(first.headers().firstValue("ETag")).isPresent();
        assertThat(first.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(first.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(second.headers().firstValue("X-Edge-Cache")).contains("HIT");
        assertThat(second.headers().firstValue("ETag"))
                .isEqualTo(first.headers().firstValue("ETag"));
        // a client that takes no gzip gets the very same page unzipped
        HttpResponse<byte[]> plain = viaNginx(url);
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(text(plain)).isEqualTo(gunzip(second.body()));
    }

    @Test
    void assetsAndPicturesAreImmutable() {
        String home = text(viaNginx("/"));
        String stylesheet = find(home, "href=\"(/assets/site-[0-9a-f]+\\.css)\"");
        String picture = find(home, "src=\"(/media/[^\"]+)\"");

        for (String path : List.of(stylesheet, picture)) {
            HttpResponse<byte[]> response = viaNginx(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Cache-Control").orElseThrow())
                    .as(path)
                    .contains("max-age=31536000")
                    .contains("immutable");
        }
    }

    @Test
    void theApplicationSeesTheClientThatConnectedToNginxNotTheAddressItClaims() throws IOException {
        // 127.0.0.2 is a loopback address too: a client the application can tell from nginx (127.0.0.1)
        String throughNginx = rawGet("127.0.0.2", HTTP_PORT, "/test/client-address", "203.0.113.9");

        assertThat(throughNginx).isEqualTo("127.0.0.2");
        assertThat(viaNginx("/actuator/health").statusCode()).isEqualTo(404);
    }

    @Test
    void publishingRefreshesTheEdgeCopiesOfEveryAffectedPageInBothLanguages() {
        long channel = channel("边缘刷新");
        String channelUrl = "/channel/" + channelPath(channel) + "/";
        JsonNode story = fixtures().article(channel).publish();
        String storyUrl = story.get("url").asString();
        for (String[] variant : List.of(new String[] {}, new String[] {"Cookie", "masthead_lang=en"})) {
            viaNginx(channelUrl, variant);
            assertThat(viaNginx(channelUrl, variant).headers().firstValue("X-Edge-Cache"))
                    .contains("HIT");
        }
        viaNginx(storyUrl);

        String title = "边缘刷新后的新稿" + ContentFixtures.unique("e");
        fixtures().article(channel).set("title", title).publish();
        api("POST", "/api/v1/articles/" + story.get("id").asLong() + "/unpublish")
                .body(Map.of("reason", "边缘撤稿"))
                .send();

        // without the refresh the edge would keep its copies for s-maxage (five minutes)
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            HttpResponse<byte[]> chinese = viaNginx(channelUrl);
            HttpResponse<byte[]> english = viaNginx(channelUrl, "Cookie", "masthead_lang=en");
            assertThat(text(chinese)).contains(title).contains("lang=\"zh-CN\"");
            assertThat(text(english)).contains(title).contains("lang=\"en\"");
            assertThat(viaNginx(storyUrl).statusCode()).isEqualTo(410);
        });
        assertThat(viaNginx(channelUrl).headers().firstValue("X-Edge-Cache")).contains("HIT");
    }

    /** Answers the client address as the application determines it (for rate limits and logs). */
    @RestController
    static class ClientAddressProbe {

        private final ClientAddress clientAddress;

        ClientAddressProbe(ClientAddress clientAddress) {
            this.clientAddress = clientAddress;
        }

        @GetMapping("/test/client-address")
        String clientAddress(HttpServletRequest request, HttpServletResponse response) {
            response.setHeader("Cache-Control", "no-store");
            return clientAddress.of(request);
        }
    }

    private long channel(String name) {
        return fixtures().channel(name, null).get("id").asLong();
    }

    private String channelPath(long id) {
        return jdbc.sql("select path from channel where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    /** The repository's configuration with the test's ports and directories, and nothing else changed. */
    private String siteConfig(String config) {
        config = replaceOnce(
                config, "/var/cache/nginx/masthead", PREFIX.resolve("cache").toString());
        config = replaceOnce(config, "server 127.0.0.1:8080;", "server 127.0.0.1:" + port + ";");
        config = replaceOnce(config, "listen 80;", "listen 127.0.0.1:" + HTTP_PORT + ";");
        return replaceOnce(config, "listen 127.0.0.1:8081;", "listen 127.0.0.1:" + REFRESH_PORT + ";");
    }

    private static String replaceOnce(String config, String from, String to) {
        int at = config.indexOf(from);
        assertThat(at)
                .as("%s must contain '%s' exactly once (adapt this test when the layout changes)", CONFIG, from)
                .isNotNegative()
                .isEqualTo(config.lastIndexOf(from));
        return config.replace(from, to);
    }

    private static String mainConfig() {
        Path tmp = PREFIX.resolve("tmp");
        boolean root = "root".equals(System.getProperty("user.name"));
        return (root ? "user root;\n" : "") + "worker_processes 1;\n"
                + "events { worker_connections 256; }\n"
                + "http {\n"
                + "  access_log " + PREFIX.resolve("access.log") + ";\n"
                + "  client_body_temp_path " + tmp.resolve("body") + ";\n"
                + "  proxy_temp_path " + tmp.resolve("proxy") + ";\n"
                + "  fastcgi_temp_path " + tmp.resolve("fastcgi") + ";\n"
                + "  uwsgi_temp_path " + tmp.resolve("uwsgi") + ";\n"
                + "  scgi_temp_path " + tmp.resolve("scgi") + ";\n"
                + "  include " + PREFIX.resolve("masthead.conf") + ";\n"
                + "}\n";
    }

    private HttpResponse<byte[]> viaNginx(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + HTTP_PORT + path))
                .timeout(Duration.ofSeconds(10));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String rawGet(String fromAddress, int toPort, String path, String forwardedFor) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(fromAddress, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", toPort), 5_000);
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: news.example.org\r\nX-Forwarded-For: " + forwardedFor
                            + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(response).startsWith("HTTP/1.1 200");
            String body = response.substring(response.indexOf("\r\n\r\n") + 4);
            // chunked or not, the address is the one line that looks like one
            return body.lines()
                    .filter(line -> line.matches("[0-9a-fA-F:.]{3,}") && line.contains("."))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no address in " + response));
        }
    }

    private static String text(HttpResponse<byte[]> response) {
        if (response.headers()
                .firstValue("Content-Encoding")
                .filter("gzip"::equals)
                .isPresent()) {
            return gunzip(response.body());
        }
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private static String gunzip(byte[] body) {
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String find(String html, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(html);
        assertThat(matcher.find()).as("%s in the home page", regex).isTrue();
        return matcher.group(1);
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path prefix() {
        // under the build directory (target/ or -Dbuild.dir), found from where this class was compiled to
        try {
            Path testClasses = Path.of(NginxLayoutIntegrationTests.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            return Files.createTempDirectory(testClasses.getParent(), "nginx-layout-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
