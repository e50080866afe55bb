package com.masthead.discovery;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code sitemap_block}: one row per block of article ids that holds published articles. */
@Repository
class SitemapBlockRepository {

    private final JdbcClient jdbc;

    SitemapBlockRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<SitemapBlock> all() {
        return jdbc.sql("select block, modified from sitemap_block order by block")
                .query((rs, n) -> new SitemapBlock(rs.getLong("block"), Instant.ofEpochMilli(rs.getLong("modified"))))
                .list();
    }

    /** Sets the block's last change, adding the block when it is new. */
    void touch(long block, long atMillis) {
        jdbc.sql("""
                        insert into sitemap_block (block, modified) values (:block, :at)
                        on conflict (block) do update set modified = excluded.modified""").param("block", block).param("at", atMillis).update();
    }

    void insert(long block, long atMillis) {
        jdbc.sql("insert into sitemap_block (block, modified) values (:block, :at)")
                .param("block", block)
                .param("at", atMillis)
                .update();
    }

    void delete(long block) {
        jdbc.sql("delete from sitemap_block where block = :block")
                .param("block", block)
                .update();
    }

    void deleteAll() {
        jdbc.sql("delete from sitemap_block").update();
    }
}
