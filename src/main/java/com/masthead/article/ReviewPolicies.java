package com.masthead.article;

import com.masthead.channel.ChannelCatalog;
import com.masthead.shared.AuditedEvent;
import com.masthead.shared.InvalidInputException;
import com.masthead.shared.Snapshot;
import com.masthead.shared.Snapshots;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many review levels each channel needs (1 to 3, default 3). Read on every review action, so kept in memory (a
 * {@link Snapshot} of the whole table, one row per channel), reloaded after a change commits, here or on another
 * instance.
 */
@Service
public class ReviewPolicies {

    private final JdbcClient jdbc;
    private final ChannelCatalog channels;
    private final ApplicationEventPublisher events;
    private final Snapshot<Map<Long, Integer>> levels;

    ReviewPolicies(JdbcClient jdbc, ChannelCatalog channels, ApplicationEventPublisher events, Snapshots snapshots) {
        this.jdbc = jdbc;
        this.channels = channels;
        this.events = events;
        this.levels = snapshots.of("review-levels", previous -> load());
    }

    public ReviewLadder ladderFor(long channelId) {
        return new ReviewLadder(levelsFor(channelId));
    }

    public int levelsFor(long channelId) {
        return levels.get().getOrDefault(channelId, ReviewLadder.MAX_LEVELS);
    }

    private Map<Long, Integer> load() {
        Map<Long, Integer> byChannel = new HashMap<>();
        jdbc.sql("select channel_id, levels from channel_review_policy").query(rs -> {
            byChannel.put(rs.getLong("channel_id"), rs.getInt("levels"));
        });
        return Map.copyOf(byChannel);
    }

    /** Sets a channel's levels; articles already in review keep the state they reached. */
    @Transactional
    public void setLevels(long channelId, int count, String actor) {
        channels.require(channelId, "channelId");
        if (count < 1 || count > ReviewLadder.MAX_LEVELS) {
            throw new InvalidInputException("levels", "review.levels.range", 1, ReviewLadder.MAX_LEVELS);
        }
        int updated = jdbc.sql("update channel_review_policy set levels = :levels where channel_id = :id")
                .param("levels", count)
                .param("id", channelId)
                .update();
        if (updated == 0) {
            jdbc.sql("insert into channel_review_policy (channel_id, levels) values (:id, :levels)")
                    .param("levels", count)
                    .param("id", channelId)
                    .update();
        }
        levels.changed();
        events.publishEvent(new ReviewLevelsChanged(channelId, count, actor));
    }

    /** A channel's number of review levels changed. */
    public record ReviewLevelsChanged(long channelId, int levels, String actor) implements AuditedEvent {
        @Override
        public String auditAction() {
            return "channel.review-levels";
        }

        @Override
        public String auditActor() {
            return actor;
        }

        @Override
        public String auditSubject() {
            return "channel:" + channelId;
        }

        @Override
        public String auditDetail() {
            return "levels=" + levels;
        }
    }
}
