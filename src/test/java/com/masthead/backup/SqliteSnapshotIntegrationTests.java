package com.masthead.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The online copy on a real WAL database: another connection writes between the copy's steps, without waiting
 * ({@code busy_timeout=0}), and the copy is the state of the moment it began, whole and intact.
 */
class SqliteSnapshotIntegrationTests {

    @TempDir
    Path folder;

    @Test
    void writesBetweenTheStepsNeitherWaitNorReachTheCopy() throws Exception {
        Path live = folder.resolve("live.db");
        String url = "jdbc:sqlite:" + live + "?journal_mode=WAL&busy_timeout=0";
        try (Connection source = DriverManager.getConnection(url);
                Connection writer = DriverManager.getConnection(url)) {
            try (Statement statement = source.createStatement()) {
                statement.execute("create table note (n integer primary key, payload blob not null)");
            }
            insert(writer, 0, 400);
            List<String> progress = new ArrayList<>();
            List<Integer> writtenDuringCopy = new ArrayList<>();

            SqliteSnapshot.copy(source, folder.resolve("copy.db"), 32, line -> {
                progress.add(line);
                if (writtenDuringCopy.size() < 3 && !line.endsWith("(100%)")) {
                    int from = 400 + 50 * writtenDuringCopy.size();
                    insert(writer, from, from + 50);
                    writtenDuringCopy.add(from);
                }
            });

            assertThat(writtenDuringCopy).hasSize(3);
            assertThat(count(url)).isEqualTo(550);
            String copy = "jdbc:sqlite:" + folder.resolve("copy.db");
            assertThat(count(copy)).isEqualTo(400);
            assertThat(single(copy, "pragma integrity_check")).isEqualTo("ok");
            assertThat(single(copy, "pragma journal_mode")).isEqualTo("delete");
            assertThat(progress.get(progress.size() - 1)).endsWith("pages copied (100%)");
            assertThat(Files.exists(folder.resolve("copy.db-wal"))).isFalse();
        }
    }

    private static void insert(Connection writer, int from, int to) {
        try (PreparedStatement insert = writer.prepareStatement("insert into note (n, payload) values (?, ?)")) {
            for (int n = from; n < to; n++) {
                insert.setInt(1, n);
                insert.setBytes(2, new byte[3000]);
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(String url) throws SQLException {
        return Long.parseLong(single(url, "select count(*) from note"));
    }

    private static String single(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
