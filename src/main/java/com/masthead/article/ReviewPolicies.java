package com.masthead.article;

import com.masthead.channel.ChannelCatalog;
import com.masthead.shared.AuditedEvent;
import com.masthead.shared.InvalidInputException;
import com.masthead.shared.Snapshot;
import com.masthead.shared.Snapshots;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many review levels each channel needs (1 to 3, default 3). Read on every review action, so kept in memory (a
 * {@link Snapshot} of the whole table, one row per channel), reloaded after a change commits, here or on another
 * instance.
 */
@Service
public class ReviewPolicies {

    private final ReviewPolicyRepository repository;
    private final ChannelCatalog channels;
    private final ApplicationEventPublisher events;
    private final Snapshot<Map<Long, Integer>> levels;

    ReviewPolicies(
            ReviewPolicyRepository repository,
            ChannelCatalog channels,
            ApplicationEventPublisher events,
            Snapshots snapshots) {
        this.repository = repository;
        this.channels = channels;
        this.events = events;
        this.levels = snapshots.of("review-levels", previous -> repository.levelsByChannel());
    }

    public ReviewLadder ladderFor(long channelId) {
        return new ReviewLadder(levelsFor(channelId));
    }

    public int levelsFor(long channelId) {
        return levels.get().getOrDefault(channelId, ReviewLadder.MAX_LEVELS);
    }

    /** Whether the channel's levels were chosen by somebody rather than left at the default. */
    public boolean isConfigured(long channelId) {
        return levels.get().containsKey(channelId);
    }

    /** Sets a channel's levels; articles already in review keep the state they reached. */
    @Transactional
    public void setLevels(long channelId, int count, String actor) {
        channels.require(channelId, "channelId");
        if (count < 1 || count > ReviewLadder.MAX_LEVELS) {
            throw new InvalidInputException("levels", "review.levels.range", 1, ReviewLadder.MAX_LEVELS);
        }
        repository.save(channelId, count);
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
