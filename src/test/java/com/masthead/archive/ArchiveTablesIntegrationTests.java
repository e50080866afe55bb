package com.masthead.archive;

import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.support.MigratedDatabase;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every table of the schema is either carried by the archive or left out with a reason, so that a new table fails
 * here until somebody decides; and the tables an import replaces are exactly those the migrations fill.
 */
class ArchiveTablesIntegrationTests {

    @Test
    void everyTableOfTheSchemaIsCarriedOrLeftOutWithAReason() throws Exception {
        Set<String> schema = tableNames(MigratedDatabase.sqlite());

        Set<String> decided = new TreeSet<>(ArchiveTables.CARRIED.keySet());
        decided.addAll(ArchiveTables.LEFT_OUT.keySet());
        assertThat(schema)
                .as("tables of the schema; add a new one to ArchiveTables.CARRIED or LEFT_OUT (with the reason)")
                .containsExactlyInAnyOrderElementsOf(decided);
        assertThat(ArchiveTables.CARRIED.keySet()).doesNotContainAnyElementsOf(ArchiveTables.LEFT_OUT.keySet());
        assertThat(ArchiveTables.LEFT_OUT.values())
                .allSatisfy(reason -> assertThat(reason).isNotBlank());
    }

    @Test
    void theTablesAnImportReplacesAreExactlyTheOnesTheMigrationsFill() throws Exception {
        MigratedDatabase database = MigratedDatabase.sqlite();
        Set<String> filled = new TreeSet<>();
        try (HikariDataSource pool = database.pool(1);
                Connection connection = pool.getConnection()) {
            for (TableShape table : DatabaseSchema.tables(connection)) {
                try (Statement statement = connection.createStatement();
                        ResultSet rows = statement.executeQuery("select count(*) from " + table.name())) {
                    rows.next();
                    if (rows.getLong(1) > 0) {
                        filled.add(table.name());
                    }
                }
            }
        }

        assertThat(filled).containsExactlyInAnyOrderElementsOf(ArchiveTables.SEEDED_BY_MIGRATIONS);
        assertThat(ArchiveTables.CARRIED.keySet()).containsAll(ArchiveTables.SEEDED_BY_MIGRATIONS);
    }

    @Test
    void tablesComeAfterTheTablesTheyReferTo() throws Exception {
        try (HikariDataSource pool = MigratedDatabase.sqlite().pool(1);
                Connection connection = pool.getConnection()) {
            List<String> order = DatabaseSchema.tables(connection).stream()
                    .map(TableShape::name)
                    .toList();

            assertThat(order.indexOf("channel")).isLessThan(order.indexOf("article"));
            assertThat(order.indexOf("image")).isLessThan(order.indexOf("article"));
            assertThat(order.indexOf("newspaper_page")).isLessThan(order.indexOf("article"));
            assertThat(order.indexOf("article")).isLessThan(order.indexOf("reader_comment"));
            assertThat(order.indexOf("reader_comment")).isLessThan(order.indexOf("comment_event"));
            assertThat(order.indexOf("staff_account")).isLessThan(order.indexOf("api_token"));
        }
    }

    private static Set<String> tableNames(MigratedDatabase database) throws Exception {
        try (HikariDataSource pool = database.pool(1);
                Connection connection = pool.getConnection()) {
            Set<String> names = new TreeSet<>();
            DatabaseSchema.tables(connection).forEach(t -> names.add(t.name()));
            return names;
        }
    }
}
