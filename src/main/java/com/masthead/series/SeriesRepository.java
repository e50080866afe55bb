package com.masthead.series;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SeriesRepository {

    private static final String SELECT = "select id, name, slug, description, label_prefix, version from series";

    private final JdbcClient jdbc;

    SeriesRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Series> page(int limit, long offset) {
        return jdbc.sql(SELECT + " order by id desc limit :limit offset :offset")
                .param("limit", limit)
                .param("offset", offset)
                .query(SeriesRepository::row)
                .list();
    }

    long count() {
        return jdbc.sql("select count(*) from series").query(Long.class).single();
    }

    Optional<Series> find(long id) {
        return jdbc.sql(SELECT + " where id = :id")
                .param("id", id)
                .query(SeriesRepository::row)
                .optional();
    }

    Optional<Series> bySlug(String slug) {
        return jdbc.sql(SELECT + " where slug = :slug")
                .param("slug", slug)
                .query(SeriesRepository::row)
                .optional();
    }

    long insert(SeriesDraft d, long now) {
        return jdbc.sql("""
                        insert into series (name, slug, description, label_prefix, created_at, updated_at)
                        values (:name, :slug, :description, :labelPrefix, :now, :now) returning id""")
                .param("name", d.name().strip())
                .param("slug", d.slug())
                .param("description", d.description())
                .param("labelPrefix", d.labelPrefix())
                .param("now", now)
                .query(Long.class)
                .single();
    }

    boolean update(long id, int version, SeriesDraft d, long now) {
        return jdbc.sql("""
                        update series set name = :name, slug = :slug, description = :description, label_prefix = :labelPrefix,
                               updated_at = :now, version = version + 1
                        where id = :id and version = :version""")
                        .param("name", d.name().strip())
                        .param("slug", d.slug())
                        .param("description", d.description())
                        .param("labelPrefix", d.labelPrefix())
                        .param("now", now)
                        .param("id", id)
                        .param("version", version)
                        .update()
                == 1;
    }

    private static Series row(ResultSet rs, int n) throws SQLException {
        return new Series(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("slug"),
                rs.getString("description"),
                rs.getString("label_prefix"),
                rs.getInt("version"));
    }
}
