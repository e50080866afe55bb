package com.masthead.channel;

import com.masthead.shared.NotFoundException;
import java.util.List;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Read access to the channel tree from memory. The snapshot is replaced (never mutated) when a channel changes
 * in this instance, and reloaded at most a minute late when another instance changed one. Thread-safe.
 */
@Service
public class ChannelCatalog {

    private static final long RELOAD_AFTER_MILLIS = 60_000;

    private final ChannelRepository channels;
    private volatile ChannelTree tree;
    private volatile long loadedAt;

    ChannelCatalog(ChannelRepository channels) {
        this.channels = channels;
    }

    public List<Channel> all() {
        return tree().all();
    }

    public Optional<Channel> find(long id) {
        return Optional.ofNullable(tree().byId(id));
    }

    /** The channel, or {@link NotFoundException} naming {@code field} (null when the channel is the target). */
    public Channel require(long id, String field) {
        return find(id).orElseThrow(() -> new NotFoundException("channel", id, field));
    }

    public Optional<Channel> byPath(String path) {
        return Optional.ofNullable(tree().byPath(path));
    }

    /** Visible top-level channels in display order: the main navigation. */
    public List<Channel> navigation() {
        return tree().roots().stream().filter(Channel::visible).toList();
    }

    public List<Channel> visibleChildren(long id) {
        return tree().children(id).stream().filter(Channel::visible).toList();
    }

    /** The channel and its ancestors, root first: the breadcrumb. */
    public List<Channel> ancestry(long id) {
        return tree().ancestry(id);
    }

    /** The channel and all channels below it: a channel page lists the articles of its whole subtree. */
    public List<Long> subtreeIds(long id) {
        return tree().subtreeIds(id);
    }

    @EventListener
    void on(ChannelChanged event) {
        reload();
    }

    void reload() {
        tree = new ChannelTree(channels.findAll());
        loadedAt = System.currentTimeMillis();
    }

    private ChannelTree tree() {
        ChannelTree current = tree;
        if (current == null || System.currentTimeMillis() - loadedAt > RELOAD_AFTER_MILLIS) {
            reload();
            current = tree;
        }
        return current;
    }
}
