package com.masthead.support;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;

/**
 * A {@code multipart/form-data} form post as a browser sends it, built by hand, in a staff session (its cookie and,
 * unless told otherwise, its CSRF token as a form field).
 */
public final class MultipartUpload {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final Map<String, String> fields = new LinkedHashMap<>();
    private String fileName;
    private String contentType;
    private byte[] file;
    private boolean withCsrf = true;

    public MultipartUpload field(String name, String value) {
        fields.put(name, value);
        return this;
    }

    public MultipartUpload file(String name, String type, byte[] bytes) {
        this.fileName = name;
        this.contentType = type;
        this.file = bytes;
        return this;
    }

    public MultipartUpload withoutCsrfToken() {
        this.withCsrf = false;
        return this;
    }

    public HttpResponse<String> post(StaffSession session, URI uri) {
        String boundary = "----masthead" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Map<String, String> all = new LinkedHashMap<>();
        if (withCsrf && session.csrfToken() != null) {
            all.put("_csrf", session.csrfToken());
        }
        all.putAll(fields);
        all.forEach((name, value) -> {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n");
            write(body, value + "\r\n");
        });
        if (file != null) {
            write(
                    body,
                    "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                            + "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
            body.writeBytes(file);
            write(body, "\r\n");
        }
        write(body, "--" + boundary + "--\r\n");
        var cookie = session.cookie("MASTHEAD_SESSION");
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Cookie", cookie.getName() + "=" + cookie.getValue())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** A small PNG whose pixels depend on {@code seed}, so that no two tests upload the same picture. */
    public static byte[] png(int width, int height, long seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, (int) ((x * 7919L + y * 104729L + seed * 2654435761L) & 0xffffff));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
