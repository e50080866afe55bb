package com.masthead.channel;

import com.masthead.shared.NotFoundException;
import com.masthead.shared.Snapshot;
import com.masthead.shared.Snapshots;
import java.util.List;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Read access to the channel tree from memory: a {@link Snapshot}, replaced (never mutated) after a change to the
 * channels commits, here or on another instance. Thread-safe.
 */
@Service
public class ChannelCatalog {

    private final Snapshot<ChannelTree> tree;

    ChannelCatalog(ChannelRepository channels, Snapshots snapshots) {
        this.tree = snapshots.of("channels", previous -> new ChannelTree(channels.findAll()));
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
        tree.changed();
    }

    private ChannelTree tree() {
        return tree.get();
    }
}
