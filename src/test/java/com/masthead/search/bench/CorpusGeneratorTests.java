package com.masthead.search.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The search benchmark's generator migrates a fresh database with the application's migrations and plants every
 * judged article: a migration that needs something the generator does not give (a new placeholder) fails here,
 * not in the next person's benchmark run.
 */
class CorpusGeneratorTests {

    @TempDir
    Path dir;

    @Test
    void generatesPublishedArticlesWithEveryJudgedArticlePlanted() throws Exception {
        Path db = dir.resolve("corpus.db");
        CorpusGenerator.main(new String[] {db.toString(), "2000"});

        var dataSource = new SingleConnectionDataSource("jdbc:sqlite:" + db, true);
        try {
            JdbcClient jdbc = JdbcClient.create(dataSource);
            assertThat(jdbc.sql("select count(*) from article where status = 'PUBLISHED'")
                            .query(Long.class)
                            .single())
                    .isEqualTo(2000L);
            for (var judged : JudgedAccess.planted()) {
                assertThat(jdbc.sql("select count(*) from article where title = :t")
                                .param("t", judged.title())
                                .query(Long.class)
                                .single())
                        .as(judged.title())
                        .isEqualTo(1L);
            }
        } finally {
            dataSource.destroy();
        }
    }
}
