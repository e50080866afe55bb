package com.masthead.wordpress;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Finds the bytes of a picture the export names by URL: in the copy of the old site's uploads directory, by the
 * path after {@code /wp-content/uploads/} (never outside that directory); else, only when the URL's host is one
 * the operator allowed, by one GET with a time limit and a size limit, following no redirect. Answers the bytes or
 * why there are none (a message key of the report).
 */
final class AttachmentFiles {

    private static final String UPLOADS = "/wp-content/uploads/";

    /** The bytes, or the reason there are none. */
    record Found(byte[] bytes, String reason) {
        static Found missing(String reason) {
            return new Found(null, reason);
        }
    }

    private final Path uploads;
    private final WordPressProperties properties;

    /** {@code uploads} may be null: then only allowed hosts can give pictures. */
    AttachmentFiles(Path uploads, WordPressProperties properties) {
        this.uploads = uploads == null ? null : uploads.toAbsolutePath().normalize();
        this.properties = properties;
    }

    Found find(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException | NullPointerException e) {
            return Found.missing("bad-url");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        int at = path.indexOf(UPLOADS);
        if (uploads != null && at >= 0) {
            Path file = uploads.resolve(URLDecoder.decode(
                            path.substring(at + UPLOADS.length()).replace("+", "%2B"), StandardCharsets.UTF_8))
                    .normalize();
            if (file.startsWith(uploads) && Files.isRegularFile(file)) {
                return read(file);
            }
        }
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (properties.allowedHosts().stream().anyMatch(h -> h.equalsIgnoreCase(host))
                && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
            return fetch(uri);
        }
        return Found.missing(uploads == null ? "no-files" : "not-in-uploads");
    }

    private Found read(Path file) {
        try {
            if (Files.size(file) > properties.maxFetchSize().toBytes()) {
                return Found.missing("too-large");
            }
            return new Found(Files.readAllBytes(file), null);
        } catch (IOException e) {
            return Found.missing("unreadable");
        }
    }

    /**
     * One GET, the whole of it (connecting, the answer and its body) within {@code fetch-timeout}: the body is read
     * in another thread that is abandoned, its stream closed, when the time is up.
     */
    private Found fetch(URI uri) {
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(properties.fetchTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(properties.fetchTimeout())
                .GET()
                .build();
        long deadline = System.nanoTime() + properties.fetchTimeout().toNanos();
        long max = properties.maxFetchSize().toBytes();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    return Found.missing("fetch-status");
                }
                CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(() -> {
                    try {
                        return body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                byte[] bytes = read.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                return bytes.length > max ? Found.missing("too-large") : new Found(bytes, null);
            }
        } catch (IOException | ExecutionException | TimeoutException e) {
            return Found.missing("fetch-failed");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Found.missing("fetch-failed");
        }
    }
}
