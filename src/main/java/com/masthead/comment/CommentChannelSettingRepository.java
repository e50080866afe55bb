package com.masthead.comment;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code comment_channel_setting}: the channels that have comment rules of their own. */
@Repository
class CommentChannelSettingRepository {

    private final JdbcClient jdbc;

    CommentChannelSettingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CommentChannelSetting> all() {
        return jdbc.sql("select channel_id, mode, links_allowed, updated_at, updated_by from comment_channel_setting")
                .query((rs, n) -> new CommentChannelSetting(
                        rs.getLong("channel_id"),
                        ModerationMode.valueOf(rs.getString("mode")),
                        rs.getBoolean("links_allowed"),
                        Instant.ofEpochMilli(rs.getLong("updated_at")),
                        rs.getString("updated_by")))
                .list();
    }

    /** Sets the channel's own rules, adding its row when it has none. */
    void save(CommentChannelSetting setting) {
        int updated = jdbc.sql("""
                        update comment_channel_setting set mode = :mode, links_allowed = :links, updated_at = :now,
                        updated_by = :actor where channel_id = :channel""")
                .param("mode", setting.mode().name())
                .param("links", setting.linksAllowed())
                .param("now", setting.updatedAt().toEpochMilli())
                .param("actor", setting.updatedBy())
                .param("channel", setting.channelId())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            insert into comment_channel_setting (channel_id, mode, links_allowed, updated_at, updated_by)
                            values (:channel, :mode, :links, :now, :actor)""")
                    .param("mode", setting.mode().name())
                    .param("links", setting.linksAllowed())
                    .param("now", setting.updatedAt().toEpochMilli())
                    .param("actor", setting.updatedBy())
                    .param("channel", setting.channelId())
                    .update();
        }
    }
}
