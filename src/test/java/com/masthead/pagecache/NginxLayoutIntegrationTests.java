package com.masthead.pagecache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.masthead.support.ContentFixtures;
import com.masthead.support.SiteTestSupport;
import com.masthead.system.ClientAddress;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
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
 * (its ports and paths replaced, nothing else; a self-signed certificate made here for {@code news.example.org})
 * in front of the application, and readers' requests go through it over HTTPS. nginx and openssl must be
 * installed ({@code apt-get install -y nginx-light openssl}; CI installs them): without them this test fails.
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
    private static final int HTTPS_PORT = freePort();
    private static final int REFRESH_PORT = freePort();
    private static final String SITE = "news.example.org";
    private static final Pattern CACHE_KEY = Pattern.compile("\nKEY: ([^\n]*)\n");

    private Process nginx;
    private EdgeClient edge;

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
        selfSignedCertificate();
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
            return accepts(HTTP_PORT) && accepts(HTTPS_PORT) && accepts(REFRESH_PORT);
        });
        edge = new EdgeClient(HTTP_PORT, HTTPS_PORT, PREFIX.resolve("tls/cert.pem"));
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

        EdgeClient.Answer first = viaNginx(url, "Accept-Encoding", "gzip");
        EdgeClient.Answer second = viaNginx(url, "Accept-Encoding", "gzip");

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
        EdgeClient.Answer plain = viaNginx(url);
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(text(plain)).isEqualTo(gunzip(second.body()));
    }

    @Test
    void assetsAndPicturesAreImmutable() {
        String home = text(viaNginx("/"));
        String stylesheet = find(home, "href=\"(/assets/site-[0-9a-f]+\\.css)\"");
        String picture = find(home, "src=\"(/media/[^\"]+)\"");

        for (String path : List.of(stylesheet, picture)) {
            EdgeClient.Answer response = viaNginx(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Cache-Control").orElseThrow())
                    .as(path)
                    .contains("max-age=31536000")
                    .contains("immutable");
        }
    }

    @Test
    void theApplicationSeesTheClientThatConnectedToNginxNotTheAddressItClaims() {
        // 127.0.0.2 is a loopback address too: a client the application can tell from nginx (127.0.0.1)
        EdgeClient.Answer throughNginx =
                edge.get("127.0.0.2", true, SITE, "/test/client-address", "X-Forwarded-For", "203.0.113.9");

        assertThat(throughNginx.statusCode()).isEqualTo(200);
        assertThat(text(throughNginx).strip()).isEqualTo("127.0.0.2");
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
            EdgeClient.Answer chinese = viaNginx(channelUrl);
            EdgeClient.Answer english = viaNginx(channelUrl, "Cookie", "masthead_lang=en");
            assertThat(text(chinese)).contains(title).contains("lang=\"zh-CN\"");
            assertThat(text(english)).contains(title).contains("lang=\"en\"");
            assertThat(viaNginx(storyUrl).statusCode()).isEqualTo(410);
        });
        assertThat(viaNginx(channelUrl).headers().firstValue("X-Edge-Cache")).contains("HIT");
    }

    @Test
    void plainHttpOnlyRedirectsToHttpsAndHttpsAnswersCarryHsts() {
        EdgeClient.Answer plain = edge.get("127.0.0.1", false, SITE, "/channel/anything/?page=2");

        assertThat(plain.statusCode()).isEqualTo(301);
        assertThat(plain.headers().firstValue("Location")).contains("https://" + SITE + "/channel/anything/?page=2");
        for (String path : List.of("/", "/actuator/health", "/no-such-page")) {
            assertThat(viaNginx(path).headers().allValues("Strict-Transport-Security"))
                    .as(path)
                    .containsExactly("max-age=31536000");
        }
    }

    @Test
    void readersCookiesAreSecureAndSameSiteThroughTheEdge() {
        EdgeClient.Answer token = viaNginx("/comments/token");

        assertThat(token.headers().allValues("Set-Cookie"))
                .filteredOn(cookie -> cookie.startsWith("XSRF-TOKEN="))
                .singleElement()
                .satisfies(cookie -> assertThat(cookie).contains("; Secure").contains("SameSite=Lax"));
    }

    @Test
    void aForeignHostNeverReachesALocationNorTheEdgeCache() throws IOException {
        String channel = "/channel/" + channelPath(channel("边缘主机"));

        EdgeClient.Answer forwarded = viaNginx(channel, "X-Forwarded-Host", "evil.example");
        EdgeClient.Answer standard = viaNginx(channel, "Forwarded", "host=evil.example");
        EdgeClient.Answer bareHostTls = viaNginx(channel, "Host", "evil.example");
        EdgeClient.Answer bareHostPlain = edge.get("127.0.0.1", false, "evil.example", channel);
        EdgeClient.Answer noHostPlain = edge.get("127.0.0.1", false, SITE, channel, "Host", "");

        for (EdgeClient.Answer answer : List.of(forwarded, standard)) {
            assertThat(answer.statusCode()).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location")).contains(channel + "/");
            assertThat(answer.headers().firstValue("Cache-Control").orElse("")).doesNotContain("public");
        }
        // unknown names: the connection is closed without an answer, or the TLS handshake refused
        assertThat(bareHostTls.statusCode()).isZero();
        assertThat(bareHostPlain.statusCode()).isZero();
        assertThat(noHostPlain.statusCode()).isIn(0, 400);
        assertThatThrownBy(() -> edge.handshake("evil.example")).isInstanceOf(IOException.class);
        EdgeClient.Answer next = viaNginx(channel);
        assertThat(next.headers().firstValue("Location")).contains(channel + "/");
        assertThat(cacheFiles()).noneMatch(content -> content.contains("evil.example"));
    }

    @Test
    void madeUpQueryParametersNeitherAddEntriesNorGoAroundTheEdgeCache() throws IOException {
        String url = "/channel/" + channelPath(channel("边缘参数")) + "/";
        viaNginx(url);
        assertThat(viaNginx(url).headers().firstValue("X-Edge-Cache")).contains("HIT");

        for (int i = 1; i <= 30; i++) {
            assertThat(viaNginx(url + "?x=" + i + "&utm_source=flood").headers().firstValue("X-Edge-Cache"))
                    .as("?x=%d", i)
                    .contains("HIT");
        }
        // a page number is part of the key; given twice or with an escaped name it is neither stored nor served
        // from another page's copy
        viaNginx(url + "?page=1&page=2");
        assertThat(viaNginx(url + "?p%61ge=2").statusCode()).isEqualTo(404);

        List<String> keys = cacheFiles().stream()
                .map(CACHE_KEY::matcher)
                .filter(Matcher::find)
                .map(matcher -> matcher.group(1))
                .filter(key -> key.startsWith(url))
                .toList();
        assertThat(keys).contains(url + "?|").allMatch(key -> key.equals(url + "?|") || key.equals(url + "?|en"));
        assertThat(viaNginx(url).statusCode()).isEqualTo(200);
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

    /** The repository's configuration with the test's ports, directories and certificate, nothing else changed. */
    private String siteConfig(String config) {
        String http = "listen 127.0.0.1:" + HTTP_PORT;
        String https = "listen 127.0.0.1:" + HTTPS_PORT;
        config = replaceOnce(
                config, "/var/cache/nginx/masthead", PREFIX.resolve("cache").toString());
        config = replaceOnce(config, "server 127.0.0.1:8080;", "server 127.0.0.1:" + port + ";");
        config = replaceOnce(config, "listen 80 default_server;", http + " default_server;");
        config = replaceOnce(config, "listen 443 ssl default_server;", https + " ssl default_server;");
        config = replaceOnce(config, "listen 80;", http + ";");
        config = replaceOnce(config, "listen 443 ssl http2;", https + " ssl http2;");
        config = replaceOnce(
                config,
                "/etc/ssl/masthead/fullchain.pem",
                PREFIX.resolve("tls/cert.pem").toString());
        config = replaceOnce(
                config,
                "/etc/ssl/masthead/privkey.pem",
                PREFIX.resolve("tls/key.pem").toString());
        return replaceOnce(config, "listen 127.0.0.1:8081;", "listen 127.0.0.1:" + REFRESH_PORT + ";");
    }

    /** A key and a certificate for news.example.org, valid for two days, made with openssl. */
    private static void selfSignedCertificate() throws IOException {
        Path tls = Files.createDirectories(PREFIX.resolve("tls"));
        try {
            Process openssl = new ProcessBuilder(
                            "openssl",
                            "req",
                            "-x509",
                            "-newkey",
                            "ec",
                            "-pkeyopt",
                            "ec_paramgen_curve:prime256v1",
                            "-nodes",
                            "-days",
                            "2",
                            "-subj",
                            "/CN=" + SITE,
                            "-addext",
                            "subjectAltName=DNS:" + SITE,
                            "-keyout",
                            tls.resolve("key.pem").toString(),
                            "-out",
                            tls.resolve("cert.pem").toString())
                    .redirectErrorStream(true)
                    .redirectOutput(tls.resolve("openssl.out").toFile())
                    .start();
            assertThat(openssl.waitFor())
                    .as(Files.readString(tls.resolve("openssl.out")))
                    .isZero();
        } catch (IOException e) {
            throw new AssertionError("openssl is not installed: apt-get install -y openssl (CI installs it)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every file in nginx's cache directory, as text (each starts with a header holding its KEY). */
    private static List<String> cacheFiles() throws IOException {
        try (var files = Files.walk(PREFIX.resolve("cache"))) {
            return files.filter(Files::isRegularFile)
                    .map(file -> {
                        try {
                            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                        } catch (IOException e) {
                            return ""; // replaced by nginx while being read
                        }
                    })
                    .toList();
        }
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

    private EdgeClient.Answer viaNginx(String path, String... headers) {
        return edge.get("127.0.0.1", true, SITE, path, headers);
    }

    private static String text(EdgeClient.Answer response) {
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
