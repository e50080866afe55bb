package com.masthead.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.masthead.storage.ObjectStore;
import com.masthead.support.MigratedDatabase;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Importing an archive into an empty database of each kind: ids kept, a child channel before its parent, the
 * sequences moved past the ids; and every refusal the issue names, each with a clear message and nothing imported
 * (no row, no file).
 */
interface ArchiveImportContract {

    /** A new, empty, migrated database of the kind under test. */
    MigratedDatabase emptyDatabase() throws Exception;

    @Test
    default void importsTheArchiveKeepingIdsWithAChildChannelBeforeItsParent(@TempDir Path work) throws Exception {
        Path archive = ArchiveFixture.exported(work);
        ObjectStore files = ObjectStore.inDirectory(work.resolve("target-files"));

        try (HikariDataSource target = emptyDatabase().pool(2)) {
            new ArchiveImport(target, files, Clock.systemUTC()).importFrom(archive, line -> {});

            JdbcClient jdbc = JdbcClient.create(target);
            assertThat(jdbc.sql("select parent_id from channel where id = 1")
                            .query(Long.class)
                            .single())
                    .isEqualTo(2L);
            assertThat(jdbc.sql("select title from article where id = 7")
                            .query(String.class)
                            .single())
                    .isEqualTo("归档测试：“引号”与\\反斜杠");
            assertThat(jdbc.sql("select owner_id from api_token where id = 5")
                            .query(Long.class)
                            .single())
                    .isEqualTo(3L);
            assertThat(jdbc.sql("select active from staff_account where id = 3")
                            .query(Boolean.class)
                            .single())
                    .isTrue();
            assertThat(files.readAllBytes(ArchiveFixture.PICTURE_KEY))
                    .asString()
                    .isEqualTo("not really a png");
            jdbc.sql("insert into channel (name, slug, path, position, visible, created_at, updated_at)"
                            + " values ('新', 'new', '/new', 2, true, 1, 1)")
                    .update();
            assertThat(jdbc.sql("select max(id) from channel").query(Long.class).single())
                    .as("the next id comes after the imported ones")
                    .isEqualTo(3L);
        }
    }

    @Test
    default void refusesATruncatedArchive(@TempDir Path work) throws Exception {
        Path archive = ArchiveFixture.exported(work);
        Path cut = ArchiveFixture.truncated(archive, Files.size(archive) * 2 / 3);

        thenRefusedWithNothingImported(work, cut, "not a complete archive (truncated");
    }

    @Test
    default void refusesAnArchiveOfANewerFormat(@TempDir Path work) throws Exception {
        Path archive = ArchiveFixture.rewritten(
                ArchiveFixture.exported(work),
                Manifest.ENTRY,
                m -> m.replaceFirst("\"format\"\\s*:\\s*\"[^\"]*\"", "\"format\":\"masthead-archive/2\""),
                false);

        thenRefusedWithNothingImported(work, archive, "format is masthead-archive/2, newer than");
    }

    @Test
    default void refusesAnArchiveFromANewerSchema(@TempDir Path work) throws Exception {
        Path archive = ArchiveFixture.rewritten(
                ArchiveFixture.exported(work),
                Manifest.ENTRY,
                m -> m.replaceFirst("\"schemaVersion\"\\s*:\\s*\"[^\"]*\"", "\"schemaVersion\":\"99.1\""),
                false);

        thenRefusedWithNothingImported(work, archive, "written from schema version 99.1, newer than");
    }

    @Test
    default void refusesAChecksumMismatch(@TempDir Path work) throws Exception {
        Path archive = ArchiveFixture.rewritten(
                ArchiveFixture.exported(work), "tables/article.jsonl", t -> t.replace("归档测试", "改过的"), false);

        thenRefusedWithNothingImported(work, archive, "checksum mismatch in tables/article.jsonl");
    }

    @Test
    default void refusesDuplicateIds(@TempDir Path work) throws Exception {
        Path archive = ArchiveFixture.rewritten(
                ArchiveFixture.exported(work),
                "tables/channel.jsonl",
                t -> t.lines().findFirst().orElseThrow() + "\n" + t,
                true);

        thenRefusedWithNothingImported(work, archive, "duplicate id in tables/channel.jsonl line 2");
    }

    @Test
    default void refusesDanglingReferences(@TempDir Path work) throws Exception {
        Path archive = ArchiveFixture.rewritten(
                ArchiveFixture.exported(work),
                "tables/article.jsonl",
                t -> t.replace("\"channel_id\":1,", "\"channel_id\":99,"),
                true);

        thenRefusedWithNothingImported(work, archive, "dangling reference");
    }

    @Test
    default void refusesATargetThatIsNotEmptyAndLeavesItAsItWas(@TempDir Path work) throws Exception {
        Path archive = ArchiveFixture.exported(work);
        ObjectStore files = ObjectStore.inDirectory(work.resolve("target-files"));
        try (HikariDataSource target = emptyDatabase().pool(2)) {
            JdbcClient.create(target)
                    .sql("insert into series (id, name, slug, created_at, updated_at) values (40, '已有', 'there', 1, 1)")
                    .update();

            assertThatThrownBy(() -> new ArchiveImport(target, files, Clock.systemUTC()).importFrom(archive, l -> {}))
                    .isInstanceOf(ArchiveRefusedException.class)
                    .hasMessageContaining("the target database is not empty (the table series has rows)");
            assertThat(JdbcClient.create(target)
                            .sql("select count(*) from channel")
                            .query(Long.class)
                            .single())
                    .isZero();
            assertThat(files.list("media/").toList()).isEmpty();
        }
    }

    private void thenRefusedWithNothingImported(Path work, Path archive, String message) throws Exception {
        ObjectStore files = ObjectStore.inDirectory(Files.createDirectories(work.resolve("refused-files")));
        try (HikariDataSource target = emptyDatabase().pool(2)) {
            List<String> lines = new ArrayList<>();

            assertThatThrownBy(
                            () -> new ArchiveImport(target, files, Clock.systemUTC()).importFrom(archive, lines::add))
                    .isInstanceOf(ArchiveRefusedException.class)
                    .hasMessageContaining(message);
            JdbcClient jdbc = JdbcClient.create(target);
            for (String table : ArchiveTables.CARRIED.keySet()) {
                if (!ArchiveTables.SEEDED_BY_MIGRATIONS.contains(table)) {
                    assertThat(jdbc.sql("select count(*) from " + table)
                                    .query(Long.class)
                                    .single())
                            .as("rows in %s after a refused import", table)
                            .isZero();
                }
            }
            assertThat(jdbc.sql("select last_seq from audit_chain_head")
                            .query(Long.class)
                            .single())
                    .isZero();
            assertThat(files.list("media/").toList())
                    .as("files after a refused import")
                    .isEmpty();
        }
    }
}
