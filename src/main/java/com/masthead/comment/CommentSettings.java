package com.masthead.comment;

import com.masthead.channel.Channel;
import com.masthead.channel.ChannelCatalog;
import com.masthead.shared.Snapshot;
import com.masthead.shared.Snapshots;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Per-channel comment rules (moderation mode, links), kept in memory (a {@link Snapshot}): reading them costs
 * nothing, so every article page can ask. Reloaded after each change commits, here or on another instance.
 * Thread-safe.
 */
@Service
public class CommentSettings {

    private final CommentChannelSettingRepository repository;
    private final ChannelCatalog channels;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Snapshot<Map<Long, CommentChannelSetting>> settings;

    CommentSettings(
            CommentChannelSettingRepository repository,
            ChannelCatalog channels,
            ApplicationEventPublisher events,
            Clock clock,
            Snapshots snapshots) {
        this.repository = repository;
        this.channels = channels;
        this.events = events;
        this.clock = clock;
        this.settings = snapshots.of("comment-settings", previous -> load());
    }

    /** The rules in force for articles of {@code channelId} (inherited from the nearest ancestor with a setting). */
    public CommentRules rulesFor(long channelId) {
        Map<Long, CommentChannelSetting> own = settings();
        if (own.isEmpty()) {
            return CommentRules.DEFAULT;
        }
        List<Channel> ancestry = channels.ancestry(channelId);
        for (int i = ancestry.size() - 1; i >= 0; i--) {
            CommentChannelSetting setting = own.get(ancestry.get(i).id());
            if (setting != null) {
                return new CommentRules(setting.mode(), setting.linksAllowed(), setting.channelId());
            }
        }
        CommentChannelSetting direct = own.get(channelId);
        return direct == null
                ? CommentRules.DEFAULT
                : new CommentRules(direct.mode(), direct.linksAllowed(), direct.channelId());
    }

    /** Every channel that has a setting of its own. */
    public List<CommentChannelSetting> all() {
        return settings().values().stream()
                .sorted(java.util.Comparator.comparingLong(CommentChannelSetting::channelId))
                .toList();
    }

    /**
     * Sets a channel's own rules; channels below it without their own setting follow. Publishes
     * {@link CommentChannelSettingsChanged} (audited) when anything changed.
     *
     * @throws com.masthead.shared.NotFoundException when the channel does not exist
     */
    @Transactional
    public CommentRules set(long channelId, ModerationMode mode, boolean linksAllowed, String actor) {
        Objects.requireNonNull(mode, "mode");
        channels.require(channelId, null);
        CommentChannelSetting current = settings().get(channelId);
        if (current != null && current.mode() == mode && current.linksAllowed() == linksAllowed) {
            return rulesFor(channelId);
        }
        repository.save(new CommentChannelSetting(channelId, mode, linksAllowed, clock.instant(), actor));
        events.publishEvent(new CommentChannelSettingsChanged(channelId, mode, linksAllowed, actor));
        return new CommentRules(mode, linksAllowed, channelId);
    }

    @EventListener
    void on(CommentChannelSettingsChanged event) {
        settings.changed();
    }

    private Map<Long, CommentChannelSetting> load() {
        return repository.all().stream()
                .collect(Collectors.toUnmodifiableMap(CommentChannelSetting::channelId, Function.identity()));
    }

    private Map<Long, CommentChannelSetting> settings() {
        return settings.get();
    }
}
