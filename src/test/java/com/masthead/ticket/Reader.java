package com.masthead.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A reader's browser, reduced to what the ticket tests need: its own cookies (the CSRF cookie), its own client
 * address (sent as {@code X-Forwarded-For}, which the application believes from 127.0.0.1), form pages read with
 * jsoup, and multipart posts carrying the page's CSRF token. Redirects are not followed.
 */
public final class Reader {

    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final URI base;
    private final String address;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String language;
    private String token = "";

    Reader(URI base) {
        this(base, nextAddress());
    }

    /** A reader of the site at {@code base}, for tests outside this package. */
    public static Reader of(URI base) {
        return new Reader(base);
    }

    private Reader(URI base, String address) {
        this.base = base;
        this.address = address;
    }

    private static String nextAddress() {
        int n = ADDRESSES.getAndIncrement();
        return "10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255);
    }

    /** Another browser, without cookies, at the given client address. */
    public Reader at(String address) {
        return new Reader(base, address);
    }

    /** Reads pages in English from now on (the language cookie a switch link would set). */
    public Reader inEnglish() {
        cookies.put("masthead_lang", "en");
        language = "en";
        return this;
    }

    public String address() {
        return address;
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    /** The status code of a GET whose request line is sent byte for byte, even when no URI class would accept it. */
    public int rawGetStatus(String pathAndQuery) {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream()
                    .write(("GET " + pathAndQuery + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\nX-Forwarded-For: "
                                    + address + "\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.ISO_8859_1));
            String statusLine = new BufferedReader(
                            new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1))
                    .readLine();
            return Integer.parseInt(statusLine.split(" ")[1]);
        } catch (IOException e) {
            throw new AssertionError("raw request failed: " + pathAndQuery, e);
        }
    }

    /** Opens a page that must answer 200 and remembers the CSRF token of its form, if it has one. */
    public Document open(String path) {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
        Document page = Jsoup.parse(response.body(), base.resolve(path).toString());
        page.select("input[name=_csrf]").stream().findFirst().ifPresent(input -> token = input.val());
        return page;
    }

    public String token() {
        return token;
    }

    /** Posts the fields (and file, if any) as {@code multipart/form-data} with the remembered CSRF token. */
    public HttpResponse<String> post(String path, Map<String, String> fields, FilePart file) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("_csrf", token);
        all.putAll(fields);
        String boundary = "----masthead" + UUID.randomUUID();
        return send(request(path)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, all, file)))
                .build());
    }

    public HttpResponse<String> post(String path, Map<String, String> fields) {
        return post(path, fields, null);
    }

    /** Posts any body with any content type; the CSRF token goes in the {@code X-XSRF-TOKEN} header. */
    public HttpResponse<String> postRaw(String path, String contentType, byte[] body) {
        return send(request(path)
                .header("Content-Type", contentType)
                .header("X-XSRF-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build());
    }

    /** Opens the form page, then posts the fields to it. */
    public HttpResponse<String> submit(String formPath, Map<String, String> fields, FilePart file) {
        open(formPath);
        String action = formPath.contains("?") ? formPath.substring(0, formPath.indexOf('?')) : formPath;
        return post(action, fields, file);
    }

    public Document parse(HttpResponse<String> response) {
        return Jsoup.parse(response.body(), response.uri().toString());
    }

    /** A file to upload: part name, file name, declared type, bytes. */
    public record FilePart(String field, String fileName, String contentType, byte[] bytes) {}

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("X-Forwarded-For", address);
        if (!cookies.isEmpty()) {
            builder.header(
                    "Cookie",
                    cookies.entrySet().stream()
                            .map(c -> c.getKey() + "=" + c.getValue())
                            .collect(Collectors.joining("; ")));
        }
        if (language != null) {
            builder.header("Accept-Language", language);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            HttpResponse<String> response =
                    HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            remember(response.headers().allValues("Set-Cookie"));
            return response;
        } catch (IOException e) {
            throw new AssertionError("request failed: " + request.method() + " " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private void remember(List<String> setCookies) {
        for (String header : setCookies) {
            String pair = header.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                String value = pair.substring(eq + 1);
                if (value.isEmpty()) {
                    cookies.remove(pair.substring(0, eq));
                } else {
                    cookies.put(pair.substring(0, eq), value);
                }
            }
        }
    }

    private static byte[] multipart(String boundary, Map<String, String> fields, FilePart file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fields.forEach((name, value) -> {
            if (value != null) {
                write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n");
                write(out, value);
                write(out, "\r\n");
            }
        });
        if (file != null) {
            write(
                    out,
                    "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.field() + "\"; filename=\""
                            + file.fileName() + "\"\r\nContent-Type: " + file.contentType() + "\r\n\r\n");
            out.writeBytes(file.bytes());
            write(out, "\r\n");
        }
        write(out, "--" + boundary + "--\r\n");
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
