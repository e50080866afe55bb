package com.masthead.epaper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code print_placement} table: print order and continuations (转版). */
@Repository
class PlacementRepository {

    private final JdbcClient jdbc;

    PlacementRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The placements on the given pages, in print order. */
    List<Placement> onPages(Collection<Long> pageIds) {
        if (pageIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select article_id, page_id, print_order, continuation from print_placement
                        where page_id in (:pages) order by page_id, print_order, article_id""")
                .param("pages", pageIds)
                .query(PlacementRepository::placement)
                .list();
    }

    /** Every placement of an article (its main page's order and its continuations). */
    List<Placement> of(long articleId) {
        return jdbc.sql("""
                        select article_id, page_id, print_order, continuation from print_placement
                        where article_id = :article order by continuation, page_id""")
                .param("article", articleId)
                .query(PlacementRepository::placement)
                .list();
    }

    /** Sets (or replaces) one placement. */
    void save(Placement p) {
        int updated = jdbc.sql("""
                        update print_placement set print_order = :order, continuation = :continuation
                        where article_id = :article and page_id = :page""")
                .param("order", p.printOrder())
                .param("continuation", p.continuation())
                .param("article", p.articleId())
                .param("page", p.pageId())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            insert into print_placement (article_id, page_id, print_order, continuation)
                            values (:article, :page, :order, :continuation)""")
                    .param("article", p.articleId())
                    .param("page", p.pageId())
                    .param("order", p.printOrder())
                    .param("continuation", p.continuation())
                    .update();
        }
    }

    boolean delete(long articleId, long pageId) {
        return jdbc.sql("delete from print_placement where article_id = :article and page_id = :page")
                        .param("article", articleId)
                        .param("page", pageId)
                        .update()
                == 1;
    }

    private static Placement placement(ResultSet rs, int n) throws SQLException {
        return new Placement(
                rs.getLong("article_id"),
                rs.getLong("page_id"),
                rs.getInt("print_order"),
                rs.getBoolean("continuation"));
    }
}
