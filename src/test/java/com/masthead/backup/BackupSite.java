package com.masthead.backup;

import com.masthead.pagecache.TwoInstances;
import com.masthead.staff.StaffRole;
import com.masthead.storage.ObjectStore;
import com.masthead.support.MultipartUpload;
import com.masthead.ticket.Reader;
import com.masthead.ticket.TicketFixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * A running SQLite site whose database file is in its data directory (the default layout), with a picture, a
 * digital-edition file and a correction request carrying an attachment, as the backup tests need it.
 */
final class BackupSite implements AutoCloseable {

    static final String URL_OPTIONS =
            "?journal_mode=WAL&busy_timeout=10000&foreign_keys=true&synchronous=NORMAL&transaction_mode=IMMEDIATE";

    final TwoInstances instances = new TwoInstances();
    final Path dataDir;
    final TwoInstances.Instance site;
    long channelId;
    String articleUrl;
    String mediaKey;
    String attachmentKey;
    final String epaperKey = "epaper/5e/5e00backup-test-page.pdf";

    BackupSite(String name) throws IOException {
        this(name, Map.of());
    }

    /** A site with further properties ({@code masthead.backup.directory}, …). */
    BackupSite(String name, Map<String, Object> settings) throws IOException {
        dataDir = Files.createTempDirectory("masthead-" + name).resolve("data");
        site = start(name, dataDir, settings);
    }

    /** An instance on {@code dataDir} with the database {@code <dataDir>/masthead.db}. */
    TwoInstances.Instance start(String name, Path dataDir) {
        return start(name, dataDir, Map.of());
    }

    private TwoInstances.Instance start(String name, Path dataDir, Map<String, Object> settings) {
        Map<String, Object> properties = new java.util.HashMap<>(settings);
        properties.put("masthead.data-dir", dataDir.toString());
        return instances.start(name, Map.of("spring.datasource.url", url(dataDir)), properties);
    }

    static String url(Path dataDir) {
        return "jdbc:sqlite:" + dataDir.resolve("masthead.db") + URL_OPTIONS;
    }

    /** The command-line arguments that point a command at {@code dataDir}'s site. */
    static String[] arguments(Path dataDir, String command) {
        return new String[] {
            command,
            "--masthead.data-dir=" + dataDir,
            "--spring.datasource.url=" + url(dataDir),
            "--spring.main.banner-mode=off"
        };
    }

    BackupSite withFiles() {
        channelId = site.fixtures()
                .channel("备份频道" + UUID.randomUUID(), null)
                .get("id")
                .asLong();
        articleUrl = site.fixtures().article(channelId).publish().get("url").asString();
        JsonNode image = upload(MultipartUpload.png(320, 200, 18));
        String hash = image.get("hash").asString();
        mediaKey = "media/" + hash.substring(0, 2) + "/"
                + image.at("/urls/original").asString().substring("/media/".length());
        site.bean(ObjectStore.class)
                .put(
                        epaperKey,
                        "%PDF-1.4\n% a page of the paper\n%%EOF\n".getBytes(StandardCharsets.US_ASCII),
                        "application/pdf");
        HttpResponse<String> correction = Reader.of(site.uri("/"))
                .submit(
                        "/corrections/new",
                        TicketFixtures.correctionForm(articleUrl, TicketFixtures.uniqueEmail()),
                        new Reader.FilePart("attachment", "scan.pdf", "application/pdf", TicketFixtures.pdf()));
        if (correction.statusCode() != 303) {
            throw new AssertionError("correction answered " + correction.statusCode() + ": " + correction.body());
        }
        attachmentKey = "attachments/"
                + site.jdbc()
                        .sql("select attachment_name from correction_request where attachment_name is not null")
                        .query(String.class)
                        .single();
        return this;
    }

    private JsonNode upload(byte[] png) {
        String boundary = "----masthead" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"b.png\"\r\n"
                        + "Content-Type: image/png\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(png);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = site.send(HttpRequest.newBuilder(site.uri("/api/v1/images"))
                .header("Authorization", "Bearer " + site.token(StaffRole.EDITOR))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build());
        if (response.statusCode() != 201) {
            throw new AssertionError("upload answered " + response.statusCode() + ": " + response.body());
        }
        return site.parse(response.body());
    }

    @Override
    public void close() {
        instances.close();
    }
}
