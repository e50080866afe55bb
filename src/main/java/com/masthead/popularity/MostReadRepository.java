package com.masthead.popularity;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The stored rankings ({@code most_read_ranking}) every instance shows. */
@Repository
class MostReadRepository {

    static final String DAY = "DAY";
    static final String WEEK = "WEEK";

    private final JdbcClient jdbc;

    MostReadRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the stored rankings are these: the same articles in the same order with the same views. */
    boolean holds(List<Ranked> day, List<Ranked> week) {
        return load(DAY).equals(day) && load(WEEK).equals(week);
    }

    /** Replaces both stored rankings. */
    @Transactional
    void replace(List<Ranked> day, List<Ranked> week) {
        jdbc.sql("delete from most_read_ranking").update();
        insert(DAY, day);
        insert(WEEK, week);
    }

    /** One stored ranking, first place first. */
    List<Ranked> load(String period) {
        return jdbc.sql("""
                        select article_id, views from most_read_ranking where period = :period
                        order by position""")
                .param("period", period)
                .query((rs, n) -> new Ranked(rs.getLong("article_id"), rs.getLong("views")))
                .list();
    }

    private void insert(String period, List<Ranked> ranking) {
        for (int i = 0; i < ranking.size(); i++) {
            jdbc.sql("""
                            insert into most_read_ranking (period, position, article_id, views)
                            values (:period, :position, :article, :views)""")
                    .param("period", period)
                    .param("position", i + 1)
                    .param("article", ranking.get(i).articleId())
                    .param("views", ranking.get(i).views())
                    .update();
        }
    }

    /** A place in a stored ranking. */
    record Ranked(long articleId, long views) {}
}
