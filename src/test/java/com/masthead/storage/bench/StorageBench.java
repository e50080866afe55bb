package com.masthead.storage.bench;

import com.masthead.MastheadApplication;
import com.masthead.staff.ApiTokens;
import com.masthead.staff.StaffRole;
import com.masthead.support.S3ProxyServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * bench/storage: the time of uploading a 2 MB picture through {@code POST /api/v1/images} and of serving its
 * original the first time ({@code GET /media/…}, whole body read), on an application with the local store and on
 * one with S3Proxy (in this JVM, in-memory store) as its bucket. Each picture is new (random pixels), so nothing is
 * cached; the first rounds warm up and are not counted. Appends the medians to the results file.
 */
public final class StorageBench {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern ORIGINAL = Pattern.compile("\"original\"\\s*:\\s*\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        Path results = Path.of(args.length > 0 ? args[0] : "bench/storage/RESULTS.md");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int warmUp = 3;
        List<byte[]> pictures = new ArrayList<>();
        for (int i = 0; i < warmUp + rounds; i++) {
            pictures.add(noisePng(820, 820, i));
        }
        Map<String, Object> local = Map.of();
        Map<String, Object> s3 = S3ProxyServer.storageProperties(S3ProxyServer.newBucket());
        StringBuilder report = new StringBuilder(
                "\n## " + LocalDate.now() + ": 2 MB picture, " + rounds
                        + " rounds after " + warmUp + " warm-up (" + pictures.get(0).length + " bytes each)\n\n"
                        + "| store | upload p50 | upload max | first serve p50 | first serve max |\n| --- | --- | --- | --- | --- |\n");
        for (var store : List.of(Map.entry("local", local), Map.entry("s3 (S3Proxy)", s3))) {
            try (ConfigurableApplicationContext app = start(store.getValue())) {
                int port = app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
                String token = app.getBean(ApiTokens.class)
                        .issue("bench-editor", StaffRole.EDITOR)
                        .secret();
                List<Long> uploads = new ArrayList<>();
                List<Long> serves = new ArrayList<>();
                for (int i = 0; i < pictures.size(); i++) {
                    long start = System.nanoTime();
                    String body = upload(port, token, pictures.get(i));
                    long uploaded = System.nanoTime();
                    Matcher m = ORIGINAL.matcher(body);
                    if (!m.find()) {
                        throw new IllegalStateException("no original URL in " + body);
                    }
                    HttpResponse<byte[]> served = HTTP.send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + m.group(1)))
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
                    long done = System.nanoTime();
                    if (served.statusCode() != 200) {
                        throw new IllegalStateException("serving answered " + served.statusCode());
                    }
                    if (i >= warmUp) {
                        uploads.add((uploaded - start) / 1_000_000);
                        serves.add((done - uploaded) / 1_000_000);
                    }
                }
                report.append(String.format(
                        Locale.ROOT,
                        "| %s | %d ms | %d ms | %d ms | %d ms |%n",
                        store.getKey(),
                        median(uploads),
                        max(uploads),
                        median(serves),
                        max(serves)));
            }
        }
        System.out.print(report);
        Files.writeString(results, report, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        System.exit(0);
    }

    private static ConfigurableApplicationContext start(Map<String, Object> storage) throws Exception {
        Path dataDir = Files.createTempDirectory("masthead-storage-bench");
        Map<String, Object> properties = new LinkedHashMap<>(storage);
        properties.put("spring.datasource.url", "jdbc:sqlite:" + dataDir.resolve("masthead.db"));
        properties.put("server.port", 0);
        properties.put("masthead.data-dir", dataDir.toString());
        properties.put("masthead.seed-demo-content", false);
        properties.put("spring.main.banner-mode", "off");
        properties.put("logging.level.root", "warn");
        String[] arguments = properties.entrySet().stream()
                .map(p -> "--" + p.getKey() + "=" + p.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(MastheadApplication.class).run(arguments);
    }

    private static String upload(int port, String token, byte[] png) throws Exception {
        String boundary = "----bench" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bench.png\"\r\n"
                        + "Content-Type: image/png\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(png);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/images"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("upload answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static byte[] noisePng(int width, int height, long seed) throws Exception {
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static long median(List<Long> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }

    private static long max(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).max().orElse(0);
    }
}
