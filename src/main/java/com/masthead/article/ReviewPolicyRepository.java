package com.masthead.article;

import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code channel_review_policy}: one row per channel that has its own number of review levels. */
@Repository
class ReviewPolicyRepository {

    private final JdbcClient jdbc;

    ReviewPolicyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Channel id → its number of review levels, for every channel that has a row. */
    Map<Long, Integer> levelsByChannel() {
        Map<Long, Integer> byChannel = new HashMap<>();
        jdbc.sql("select channel_id, levels from channel_review_policy").query(rs -> {
            byChannel.put(rs.getLong("channel_id"), rs.getInt("levels"));
        });
        return Map.copyOf(byChannel);
    }

    /** Sets the channel's levels, adding its row when it has none. */
    void save(long channelId, int levels) {
        int updated = jdbc.sql("update channel_review_policy set levels = :levels where channel_id = :id")
                .param("levels", levels)
                .param("id", channelId)
                .update();
        if (updated == 0) {
            jdbc.sql("insert into channel_review_policy (channel_id, levels) values (:id, :levels)")
                    .param("levels", levels)
                    .param("id", channelId)
                    .update();
        }
    }
}
