package com.masthead.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.support.SqliteSiteTest;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code X-Forwarded-For} is believed only from {@code masthead.trusted-proxies} (default 127.0.0.1 and ::1), for
 * every use of the client address; here the failed-login entry of the audit log, which the login throttle keys
 * on the same way. The connections come from two loopback addresses: 127.0.0.1 (the trusted proxy) and 127.0.0.2,
 * which Tomcat's own default list (loopback and private networks) would also have believed.
 */
class TrustedProxiesIntegrationTests extends SqliteSiteTest {

    private static final Pattern SESSION = Pattern.compile("(?im)^Set-Cookie: (MASTHEAD_SESSION=[^;]+)");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Test
    void theHeaderIsBelievedFromTheTrustedProxyOnly() throws IOException {
        assertThat(failedLoginAddress("127.0.0.1", "203.0.113.7", "proxy-trusted"))
                .isEqualTo("203.0.113.7");
        assertThat(failedLoginAddress("127.0.0.2", "203.0.113.9", "proxy-untrusted"))
                .isEqualTo("127.0.0.2");
    }

    @Test
    void noHostAClientNamesEverReachesARedirect() throws IOException {
        String channel =
                "/channel/" + fixtures().channel("转发主机", null).get("path").asString();
        String[] foreign = {
            "Host: news.example.org\r\nX-Forwarded-Host: evil.example\r\n",
            "Host: news.example.org\r\nForwarded: host=evil.example\r\n",
            "Host: evil.example\r\n",
        };
        for (String from : new String[] {"127.0.0.1", "127.0.0.2"}) {
            for (String hostHeaders : foreign) {
                for (String version : new String[] {"HTTP/1.0", "HTTP/1.1"}) {
                    String close = "Connection: close\r\n";
                    String answer =
                            exchange(from, "GET " + channel + " " + version + "\r\n" + hostHeaders + close + "\r\n");
                    String login = exchange(from, "GET /admin/ " + version + "\r\n" + hostHeaders + close + "\r\n");

                    assertThat(answer).as("%s from %s", hostHeaders, from).startsWith("HTTP/1.1 302");
                    assertThat(header(answer, "Location")).as(hostHeaders).isEqualTo(channel + "/");
                    assertThat(header(login, "Location"))
                            .as(hostHeaders)
                            .startsWith("/")
                            .doesNotContain("evil");
                }
            }
        }
    }

    private static String header(String answer, String name) {
        Matcher matcher = Pattern.compile("(?im)^" + name + ": ([^\r\n]*)").matcher(answer);
        assertThat(matcher.find()).as("%s in %s", name, answer).isTrue();
        return matcher.group(1);
    }

    /** Fails a login from {@code local} with a forged header; returns the address the audit log recorded. */
    private String failedLoginAddress(String local, String forwardedFor, String login) throws IOException {
        String form = exchange(local, "GET /login HTTP/1.0\r\n" + headers(forwardedFor, null) + "\r\n");
        Matcher session = SESSION.matcher(form);
        Matcher csrf = CSRF.matcher(form);
        assertThat(session.find()).as("session cookie from " + local).isTrue();
        assertThat(csrf.find()).as("CSRF token from " + local).isTrue();
        String body = "username=" + login + "&password=wrong-password-1&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        String answer = exchange(
                local,
                "POST /login HTTP/1.0\r\n" + headers(forwardedFor, session.group(1))
                        + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length()
                        + "\r\n\r\n" + body);
        assertThat(answer).startsWith("HTTP/1.1 302");
        return jdbc.sql("select address from audit_entry where subject = :subject order by seq desc")
                .param("subject", "staff:" + login)
                .query(String.class)
                .list()
                .get(0);
    }

    private static String headers(String forwardedFor, String cookie) {
        return "Host: 127.0.0.1\r\nX-Forwarded-For: " + forwardedFor + "\r\n"
                + (cookie == null ? "" : "Cookie: " + cookie + "\r\n");
    }

    /** One HTTP/1.0 exchange (no chunking, the server closes) from a chosen local address. */
    private String exchange(String local, String request) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(local, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            try (InputStream in = socket.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }
}
