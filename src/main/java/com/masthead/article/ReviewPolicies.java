package com.masthead.article;

import com.masthead.channel.ChannelCatalog;
import com.masthead.shared.AuditedEvent;
import com.masthead.shared.InvalidInputException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many review levels each channel needs (1 to 3, default 3). Read on every review action, so kept in memory;
 * an instance reloads a channel's value after it changes it (other instances within the cache's lifetime: see
 * docs/newsroom.md).
 */
@Service
public class ReviewPolicies {

    private final JdbcClient jdbc;
    private final ChannelCatalog channels;
    private final ApplicationEventPublisher events;
    private final Map<Long, Integer> levels = new ConcurrentHashMap<>();

    ReviewPolicies(JdbcClient jdbc, ChannelCatalog channels, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.channels = channels;
        this.events = events;
    }

    public ReviewLadder ladderFor(long channelId) {
        return new ReviewLadder(levelsFor(channelId));
    }

    public int levelsFor(long channelId) {
        return levels.computeIfAbsent(
                channelId,
                id -> jdbc.sql("select levels from channel_review_policy where channel_id = :id")
                        .param("id", id)
                        .query(Integer.class)
                        .optional()
                        .orElse(ReviewLadder.MAX_LEVELS));
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
        levels.remove(channelId);
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
