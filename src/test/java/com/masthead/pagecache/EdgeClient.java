package com.masthead.pagecache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

/**
 * A reader's HTTP/1.1 client for the nginx layout, on raw sockets: it sends exactly the {@code Host}, TLS server
 * name and headers a test gives it (the JDK's client will not send a chosen {@code Host}), from a chosen local
 * address, and trusts only the test's own certificate (checking that it names the host).
 */
final class EdgeClient {

    private final int httpPort;
    private final int httpsPort;
    private final SSLContext tls;

    EdgeClient(int httpPort, int httpsPort, Path certificate) {
        this.httpPort = httpPort;
        this.httpsPort = httpsPort;
        this.tls = trusting(certificate);
    }

    /** An answer as read off the wire; status 0 and no headers when the server closed without answering. */
    record Answer(int statusCode, HttpHeaders headers, byte[] body) {}

    /**
     * Sends a GET from local address {@code from} naming {@code host} as TLS server name and, unless the headers
     * give a {@code Host} of their own, as {@code Host}.
     */
    Answer get(String from, boolean secure, String host, String path, String... headers) {
        StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\n");
        if (!List.of(headers).contains("Host")) {
            request.append("Host: ").append(host).append("\r\n");
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
        }
        request.append("Connection: close\r\n\r\n");
        try (Socket socket = connect(from, secure, host)) {
            socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.UTF_8));
            try (InputStream in = socket.getInputStream()) {
                return parse(in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + path + " with Host " + host, e);
        }
    }

    /** Opens a TLS connection naming {@code serverName}; throws when the server refuses the handshake. */
    void handshake(String serverName) throws IOException {
        try (Socket socket = connect("127.0.0.1", true, serverName)) {
            socket.getOutputStream().flush();
        }
    }

    private Socket connect(String from, boolean secure, String serverName) throws IOException {
        Socket plain = new Socket();
        plain.bind(new InetSocketAddress(from, 0));
        plain.connect(new InetSocketAddress("127.0.0.1", secure ? httpsPort : httpPort), 5_000);
        plain.setSoTimeout(10_000);
        if (!secure) {
            return plain;
        }
        SSLSocket socket = (SSLSocket) tls.getSocketFactory().createSocket(plain, serverName, httpsPort, true);
        SSLParameters parameters = socket.getSSLParameters();
        parameters.setServerNames(List.of(new SNIHostName(serverName)));
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        socket.setSSLParameters(parameters);
        socket.startHandshake();
        return socket;
    }

    private static Answer parse(byte[] raw) {
        int end = indexOf(raw, "\r\n\r\n", 0);
        if (end < 0) {
            return new Answer(0, HttpHeaders.of(Map.of(), (name, value) -> true), raw);
        }
        String[] lines = new String(raw, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.computeIfAbsent(lines[i].substring(0, colon), name -> new ArrayList<>())
                    .add(lines[i].substring(colon + 1).strip());
        }
        byte[] body = Arrays.copyOfRange(raw, end + 4, raw.length);
        boolean chunked = headers.getOrDefault("Transfer-Encoding", List.of()).contains("chunked");
        return new Answer(
                Integer.parseInt(lines[0].split(" ")[1]),
                HttpHeaders.of(headers, (name, value) -> true),
                chunked ? dechunk(body) : body);
    }

    private static byte[] dechunk(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (true) {
            int lineEnd = indexOf(body, "\r\n", at);
            String size = new String(body, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0];
            int length = Integer.parseInt(size.strip(), 16);
            if (length == 0) {
                return out.toByteArray();
            }
            out.write(body, lineEnd + 2, length);
            at = lineEnd + 2 + length + 2;
        }
    }

    private static int indexOf(byte[] bytes, String what, int from) {
        byte[] needle = what.getBytes(StandardCharsets.ISO_8859_1);
        outer:
        for (int i = from; i <= bytes.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static SSLContext trusting(Path certificate) {
        try (InputStream in = Files.newInputStream(certificate)) {
            KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
            trusted.load(null, null);
            trusted.setCertificateEntry(
                    "edge", CertificateFactory.getInstance("X.509").generateCertificate(in));
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
