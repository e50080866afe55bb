package com.masthead.storage;

import com.masthead.MastheadApplication;
import com.masthead.staff.ApiTokens;
import com.masthead.staff.StaffAccounts;
import com.masthead.staff.StaffRole;
import com.masthead.support.PostgresServer;
import com.masthead.support.SiteTestSupport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Complete Masthead applications on one PostgreSQL database, each with its own, otherwise empty data directory. */
final class StorageInstances implements AutoCloseable {

    private final List<ConfigurableApplicationContext> contexts = new ArrayList<>();
    private final Map<String, Object> database;

    StorageInstances(String databaseName) throws SQLException {
        String serverUrl = PostgresServer.jdbcUrl();
        try (Connection connection = DriverManager.getConnection(serverUrl, "postgres", "postgres");
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + databaseName);
        }
        this.database = Map.of(
                "spring.datasource.url", serverUrl.replaceFirst("/postgres(\\?|$)", "/" + databaseName + "$1"),
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "postgres");
    }

    Instance start(Map<String, Object> storage) {
        Path dataDir;
        try {
            dataDir = Files.createTempDirectory("masthead-storage-instance");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Object> properties = new LinkedHashMap<>(database);
        properties.putAll(storage);
        properties.put("server.port", 0);
        properties.put("masthead.data-dir", dataDir.toString());
        properties.put("masthead.seed-demo-content", false);
        properties.put("spring.main.banner-mode", "off");
        String[] arguments = properties.entrySet().stream()
                .map(p -> "--" + p.getKey() + "=" + p.getValue())
                .toArray(String[]::new);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(MastheadApplication.class).run(arguments);
        contexts.add(context);
        return new Instance(context, dataDir);
    }

    @Override
    public void close() {
        contexts.forEach(ConfigurableApplicationContext::close);
    }

    /** Real-HTTP access to one instance. */
    static final class Instance extends SiteTestSupport {

        final ConfigurableApplicationContext context;
        final Path dataDir;

        private Instance(ConfigurableApplicationContext context, Path dataDir) {
            this.context = context;
            this.dataDir = dataDir;
            this.port = context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            this.tokens = context.getBean(ApiTokens.class);
            this.json = context.getBean(ObjectMapper.class);
            this.jdbc = context.getBean(JdbcClient.class);
            this.staffAccounts = context.getBean(StaffAccounts.class);
        }

        /** Uploads a picture through the API as an editor; answers the image's JSON. */
        JsonNode upload(String fileName, String type, byte[] bytes) {
            String boundary = "----masthead" + UUID.randomUUID().toString().replace("-", "");
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                            + fileName + "\"\r\nContent-Type: " + type + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(bytes);
            body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/images"))
                    .header("Authorization", "Bearer " + token(StaffRole.EDITOR))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                    .build());
            if (response.statusCode() != 201) {
                throw new AssertionError("upload answered " + response.statusCode() + ": " + response.body());
            }
            return parse(response.body());
        }
    }
}
