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
import java.nio.charset.StandardCharsets;
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

    private static final Path PREFIX = NginxEdgeServer.PREFIX;
    private static final int REFRESH_PORT = NginxEdgeServer.REFRESH_PORT;
    private static final String SITE = NginxEdgeServer.SITE;
    private static final Pattern CACHE_KEY = Pattern.compile("\nKEY: ([^\n]*)\n");

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
        edge = NginxEdgeServer.start(port);
    }

    @AfterAll
    void stopNginx() throws InterruptedException {
        NginxEdgeServer.stop();
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
        assertThat(NginxEdgeServer.cacheFiles()).noneMatch(content -> content.contains("evil.example"));
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

        List<String> keys = NginxEdgeServer.cacheFiles().stream()
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
}
