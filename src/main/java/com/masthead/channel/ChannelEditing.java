package com.masthead.channel;

import com.masthead.shared.InvalidInputException;
import com.masthead.shared.VersionConflictException;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and changes channels. A channel's path follows from its parent's path and its slug; moving or renaming
 * a channel rewrites the paths below it in the same transaction. Publishes {@link ChannelChanged}.
 */
@Service
public class ChannelEditing {

    private final ChannelRepository channels;
    private final ChannelCatalog catalog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ChannelEditing(ChannelRepository channels, ChannelCatalog catalog, ApplicationEventPublisher events, Clock clock) {
        this.channels = channels;
        this.catalog = catalog;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Channel create(ChannelDraft draft) {
        String path = pathFor(draft, null);
        long id = channels.insert(draft, path, clock.millis());
        events.publishEvent(new ChannelChanged(id));
        return catalog.require(id, null);
    }

    @Transactional
    public Channel update(long id, int version, ChannelDraft draft) {
        Channel existing = catalog.require(id, null);
        String path = pathFor(draft, id);
        if (!channels.update(id, version, draft, path, clock.millis())) {
            throw new VersionConflictException("channel", id, version);
        }
        if (!path.equals(existing.path())) {
            rewriteDescendantPaths(id, existing.path(), path);
        }
        events.publishEvent(new ChannelChanged(id));
        return catalog.require(id, null);
    }

    private String pathFor(ChannelDraft draft, Long self) {
        String path = draft.slug();
        if (draft.parentId() != null) {
            Channel parent = catalog.require(draft.parentId(), "parentId");
            if (self != null && catalog.subtreeIds(self).contains(parent.id())) {
                throw new InvalidInputException("parentId", "channel.parent.cycle");
            }
            path = parent.path() + "/" + draft.slug();
        }
        Channel clash = catalog.byPath(path).orElse(null);
        if (clash != null && (self == null || clash.id() != self)) {
            throw new InvalidInputException("slug", "channel.slug.taken", path);
        }
        return path;
    }

    private void rewriteDescendantPaths(long id, String oldPath, String newPath) {
        for (Long descendant : catalog.subtreeIds(id)) {
            Channel channel = catalog.require(descendant, null);
            if (descendant != id) {
                channels.updatePath(descendant, newPath + channel.path().substring(oldPath.length()));
            }
        }
    }
}
