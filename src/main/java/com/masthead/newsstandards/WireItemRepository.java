package com.masthead.newsstandards;

import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The items taken in so far ({@code wire_item}): guid, version last taken in, and the draft it became. */
@Repository
class WireItemRepository {

    private final JdbcClient jdbc;

    WireItemRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Known> find(String guid) {
        return jdbc.sql("select item_version, article_id from wire_item where guid = :guid")
                .param("guid", guid)
                .query((rs, n) -> new Known(rs.getInt("item_version"), rs.getLong("article_id")))
                .optional();
    }

    void insert(String guid, int version, long articleId, WireFormat format, Instant at) {
        jdbc.sql("insert into wire_item (guid, item_version, article_id, format, received_at, updated_at)"
                        + " values (:guid, :version, :article, :format, :at, :at)")
                .param("guid", guid)
                .param("version", version)
                .param("article", articleId)
                .param("format", format.name())
                .param("at", at.toEpochMilli())
                .update();
    }

    void updateVersion(String guid, int version, WireFormat format, Instant at) {
        jdbc.sql("update wire_item set item_version = :version, format = :format, updated_at = :at"
                        + " where guid = :guid")
                .param("guid", guid)
                .param("version", version)
                .param("format", format.name())
                .param("at", at.toEpochMilli())
                .update();
    }

    record Known(int version, long articleId) {}
}
