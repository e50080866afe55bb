package com.masthead.popularity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The daily view counts per article ({@code article_view_day}). */
@Repository
class ArticleViewRepository {

    private final JdbcTemplate jdbcTemplate;
    private final JdbcClient jdbc;

    ArticleViewRepository(JdbcTemplate jdbcTemplate, JdbcClient jdbc) {
        this.jdbcTemplate = jdbcTemplate;
        this.jdbc = jdbc;
    }

    /** Adds the views of each article to its count for {@code day}, in one batch. */
    void add(LocalDate day, Map<Long, Long> viewsByArticle) {
        List<Object[]> rows = viewsByArticle.entrySet().stream()
                .map(e -> new Object[] {day.toString(), e.getKey(), e.getValue()})
                .toList();
        jdbcTemplate.batchUpdate("""
                insert into article_view_day (day, article_id, views) values (?, ?, ?)
                on conflict (day, article_id) do update set views = article_view_day.views + excluded.views""", rows);
    }

    /** Articles by their views since {@code from}, most viewed first (ties: newest id first), one page of them. */
    List<ViewTotal> mostViewedSince(LocalDate from, int limit, long offset) {
        return jdbc.sql("""
                        select article_id, sum(views) as total from article_view_day
                        where day >= :from
                        group by article_id
                        order by total desc, article_id desc limit :limit offset :offset""")
                .param("from", from.toString())
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> new ViewTotal(rs.getLong("article_id"), rs.getLong("total")))
                .list();
    }

    record ViewTotal(long articleId, long views) {}
}
