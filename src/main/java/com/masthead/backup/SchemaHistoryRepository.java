package com.masthead.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.api.MigrationVersion;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Schema versions: the newest migration applied to a database (Flyway's own history table) and the newest one this
 * build carries ({@code db/migration/V<version>__<what>.sql}), compared as Flyway compares them ({@code 16.2 > 15.7}).
 */
class SchemaHistoryRepository {

    private final JdbcClient jdbc;

    SchemaHistoryRepository(DataSource database) {
        this.jdbc = JdbcClient.create(database);
    }

    /** The newest successfully applied migration's version; {@code "0"} for a database Flyway never touched. */
    String appliedVersion() {
        boolean hasHistory = jdbc.sql("select count(*) from sqlite_schema where type = 'table' and name = :name")
                        .param("name", "flyway_schema_history")
                        .query(Long.class)
                        .single()
                > 0;
        if (!hasHistory) {
            return "0";
        }
        return jdbc
                .sql("select version from flyway_schema_history where success and version is not null")
                .query(String.class)
                .list()
                .stream()
                .map(MigrationVersion::fromVersion)
                .max(Comparator.naturalOrder())
                .map(MigrationVersion::getVersion)
                .orElse("0");
    }

    /** The newest migration of this build. */
    static String newestKnownVersion() {
        try {
            Resource[] scripts =
                    new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/V*__*.sql");
            return Arrays.stream(scripts)
                    .map(Resource::getFilename)
                    .filter(Objects::nonNull)
                    .map(name -> MigrationVersion.fromVersion(
                            name.substring(1, name.indexOf("__")).replace('_', '.')))
                    .max(Comparator.naturalOrder())
                    .map(MigrationVersion::getVersion)
                    .orElseThrow(() -> new IllegalStateException("no migrations on the class path"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the migrations", e);
        }
    }

    /** Whether version {@code a} comes after version {@code b}. */
    static boolean isNewer(String a, String b) {
        return MigrationVersion.fromVersion(a).compareTo(MigrationVersion.fromVersion(b)) > 0;
    }
}
