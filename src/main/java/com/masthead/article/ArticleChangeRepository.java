package com.masthead.article;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The article change sequence ({@code article_change}): one row per article write, appended in the writing
 * transaction, read by id.
 */
@Repository
class ArticleChangeRepository {

    /** Ids per {@code in} list, well under every database's parameter limit. */
    private static final int IN_CHUNK = 500;

    private final JdbcClient jdbc;

    ArticleChangeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(long articleId, Instant at) {
        jdbc.sql("insert into article_change (article_id, changed_at) values (:article, :at)")
                .param("article", articleId)
                .param("at", at.toEpochMilli())
                .update();
    }

    List<ArticleTexts.Change> after(long change, int limit) {
        return jdbc.sql("select id, article_id from article_change where id > :after order by id limit :limit")
                .param("after", change)
                .param("limit", limit)
                .query((rs, n) -> new ArticleTexts.Change(rs.getLong("id"), rs.getLong("article_id")))
                .list();
    }

    List<ArticleTexts.Change> among(Collection<Long> changes) {
        List<Long> ids = List.copyOf(changes);
        List<ArticleTexts.Change> found = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += IN_CHUNK) {
            found.addAll(jdbc.sql("select id, article_id from article_change where id in (:ids) order by id")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + IN_CHUNK)))
                    .query((rs, n) -> new ArticleTexts.Change(rs.getLong("id"), rs.getLong("article_id")))
                    .list());
        }
        return found;
    }

    /** The newest change's id, 0 when there is none. */
    long newest() {
        return jdbc.sql("select coalesce(max(id), 0) from article_change")
                .query(Long.class)
                .single();
    }

    /** The oldest change's id still stored, 0 when there is none. */
    long oldest() {
        return jdbc.sql("select coalesce(min(id), 0) from article_change")
                .query(Long.class)
                .single();
    }

    /**
     * Deletes the changes made before {@code cutoff} except the newest of them, which stays as the proof of where
     * pruning stopped: an index that applied less than the oldest stored change minus one missed changes.
     */
    int pruneBefore(Instant cutoff) {
        return jdbc.sql("""
                        delete from article_change where id < (
                          select max(id) from article_change where changed_at < :cutoff)""").param("cutoff", cutoff.toEpochMilli()).update();
    }
}
