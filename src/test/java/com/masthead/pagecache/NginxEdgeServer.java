package com.masthead.pagecache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The nginx of {@link NginxLayoutIntegrationTests}: a private prefix directory under the build directory, the
 * repository's {@code deploy/nginx/masthead.conf} adapted to free ports, that directory and a self-signed
 * certificate (nothing else changed), and the nginx process itself.
 */
final class NginxEdgeServer {

    static final Path CONFIG = Path.of("deploy/nginx/masthead.conf");
    static final Path PREFIX = prefix();
    static final int HTTP_PORT = freePort();
    static final int HTTPS_PORT = freePort();
    static final int REFRESH_PORT = freePort();
    static final String SITE = "news.example.org";

    private static Process nginx;

    private NginxEdgeServer() {}

    /** Starts nginx in front of the application on {@code appPort}; fails with the install command without it. */
    static EdgeClient start(int appPort) throws IOException {
        Path binary = List.of(Path.of("/usr/sbin/nginx"), Path.of("/usr/bin/nginx")).stream()
                .filter(Files::isExecutable)
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "nginx is not installed: apt-get install -y nginx-light (CI installs it; this test needs it)"));
        Files.createDirectories(PREFIX.resolve("cache"));
        Files.createDirectories(PREFIX.resolve("tmp"));
        selfSignedCertificate();
        Files.writeString(PREFIX.resolve("masthead.conf"), siteConfig(Files.readString(CONFIG), appPort));
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
        return new EdgeClient(HTTP_PORT, HTTPS_PORT, PREFIX.resolve("tls/cert.pem"));
    }

    static void stop() throws InterruptedException {
        if (nginx != null) {
            nginx.destroy();
            nginx.waitFor();
        }
    }

    /** The repository's configuration with the test's ports, directories and certificate, nothing else changed. */
    private static String siteConfig(String config, int appPort) {
        String http = "listen 127.0.0.1:" + HTTP_PORT;
        String https = "listen 127.0.0.1:" + HTTPS_PORT;
        config = replaceOnce(
                config, "/var/cache/nginx/masthead", PREFIX.resolve("cache").toString());
        // every instance of the upstream is the one test application
        config = replaceOnce(config, "server 127.0.0.1:8080;", "server 127.0.0.1:" + appPort + ";");
        config = replaceOnce(config, "server 127.0.0.1:8082;", "server 127.0.0.1:" + appPort + ";");
        config = replaceOnce(config, "server 127.0.0.1:8083;", "server 127.0.0.1:" + appPort + ";");
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
    static List<String> cacheFiles() throws IOException {
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
            Path testClasses = Path.of(NginxEdgeServer.class
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
