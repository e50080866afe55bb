package com.masthead.epaper;

import com.masthead.shared.Rows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code epaper_area} and {@code epaper_area_revision} tables. */
@Repository
class AreaRepository {

    private static final String COLUMNS = """
            select id, page_id, kind, polygon, reading_order, article_id, link_url, source, confidence, accepted,
                   version
            from epaper_area
            """;

    private final JdbcClient jdbc;

    AreaRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A page's areas in reading order; accepted ones only when {@code acceptedOnly}. */
    List<PageArea> onPage(long pageId, boolean acceptedOnly) {
        return jdbc.sql(COLUMNS + " where page_id = :page" + (acceptedOnly ? " and accepted = true" : "")
                        + " order by reading_order, id")
                .param("page", pageId)
                .query(AreaRepository::area)
                .list();
    }

    /** The accepted areas of the given articles on any page, for print panels. */
    List<PageArea> acceptedOf(Collection<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(COLUMNS + " where article_id in (:ids) and accepted = true order by page_id, reading_order, id")
                .param("ids", articleIds)
                .query(AreaRepository::area)
                .list();
    }

    Optional<PageArea> find(long id) {
        return jdbc.sql(COLUMNS + " where id = :id")
                .param("id", id)
                .query(AreaRepository::area)
                .optional();
    }

    long insert(long pageId, AreaDraft d, long now) {
        return jdbc.sql("""
                        insert into epaper_area (page_id, kind, polygon, reading_order, article_id, link_url, source,
                                                 confidence, accepted, created_at, updated_at)
                        values (:page, :kind, :polygon, :order, :article, :link, :source, :confidence, :accepted,
                                :now, :now) returning id""")
                .param("page", pageId)
                .param("kind", d.kind().code())
                .param("polygon", d.polygon().text())
                .param("order", d.readingOrder())
                .param("article", d.articleId())
                .param("link", d.linkUrl())
                .param("source", d.source().code())
                .param("confidence", d.confidence())
                .param("accepted", d.accepted())
                .param("now", now)
                .query(Long.class)
                .single();
    }

    /** Replaces an area's fields when its version still matches; false when someone changed it first. */
    boolean update(long id, int version, AreaDraft d, long now) {
        return jdbc.sql("""
                        update epaper_area set kind = :kind, polygon = :polygon, reading_order = :order,
                               article_id = :article, link_url = :link, source = :source, confidence = :confidence,
                               accepted = :accepted, updated_at = :now, version = version + 1
                        where id = :id and version = :version""")
                        .param("kind", d.kind().code())
                        .param("polygon", d.polygon().text())
                        .param("order", d.readingOrder())
                        .param("article", d.articleId())
                        .param("link", d.linkUrl())
                        .param("source", d.source().code())
                        .param("confidence", d.confidence())
                        .param("accepted", d.accepted())
                        .param("now", now)
                        .param("id", id)
                        .param("version", version)
                        .update()
                == 1;
    }

    boolean delete(long id, int version) {
        return jdbc.sql("delete from epaper_area where id = :id and version = :version")
                        .param("id", id)
                        .param("version", version)
                        .update()
                == 1;
    }

    /** Deletes the areas of a page that no editor has accepted (before a new intake proposes again). */
    int deleteUnaccepted(long pageId) {
        return jdbc.sql("delete from epaper_area where page_id = :page and accepted = false")
                .param("page", pageId)
                .update();
    }

    void insertRevision(long areaId, long pageId, String action, String state, Long staffId, long now) {
        jdbc.sql("""
                        insert into epaper_area_revision (area_id, page_id, action, state, staff_id, created_at)
                        values (:area, :page, :action, :state, :staff, :now)""")
                .param("area", areaId)
                .param("page", pageId)
                .param("action", action)
                .param("state", state)
                .param("staff", staffId)
                .param("now", now)
                .update();
    }

    /** The revisions of a page's areas, newest first. */
    List<AreaRevision> revisionsOfPage(long pageId, int limit) {
        return jdbc.sql("""
                        select id, area_id, page_id, action, state, staff_id, created_at from epaper_area_revision
                        where page_id = :page order by id desc limit :limit""")
                .param("page", pageId)
                .param("limit", limit)
                .query((rs, n) -> new AreaRevision(
                        rs.getLong("id"),
                        rs.getLong("area_id"),
                        rs.getLong("page_id"),
                        rs.getString("action"),
                        rs.getString("state"),
                        Rows.nullableLong(rs, "staff_id"),
                        Rows.instant(rs, "created_at")))
                .list();
    }

    private static PageArea area(ResultSet rs, int n) throws SQLException {
        return new PageArea(
                rs.getLong("id"),
                rs.getLong("page_id"),
                AreaKind.ofCode(rs.getString("kind")),
                Polygon.parse(rs.getString("polygon")),
                rs.getInt("reading_order"),
                Rows.nullableLong(rs, "article_id"),
                rs.getString("link_url"),
                AreaSource.ofCode(rs.getString("source")),
                rs.getDouble("confidence"),
                rs.getBoolean("accepted"),
                rs.getInt("version"));
    }
}
