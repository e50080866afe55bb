package com.masthead.channel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A channel in a select or a tree, in tree order (parents before their children) with its depth. Public because
 * templates read it.
 */
public record ChannelOption(Channel channel, int depth) {

    public long id() {
        return channel.id();
    }

    /** The name indented by depth, for a flat select. */
    public String label() {
        return "\u2014 ".repeat(depth) + channel.name();
    }

    /** Depth-first over the tree, siblings in their display order; channels whose parent is missing come last. */
    public static List<ChannelOption> treeOrder(List<Channel> channels) {
        Map<Long, List<Channel>> children = new HashMap<>();
        List<Channel> roots = new ArrayList<>();
        Map<Long, Channel> byId = new HashMap<>();
        channels.forEach(c -> byId.put(c.id(), c));
        for (Channel channel : channels) {
            if (channel.parentId() == null || !byId.containsKey(channel.parentId())) {
                roots.add(channel);
            } else {
                children.computeIfAbsent(channel.parentId(), k -> new ArrayList<>())
                        .add(channel);
            }
        }
        List<ChannelOption> ordered = new ArrayList<>();
        for (Channel root : roots) {
            walk(root, 0, children, ordered);
        }
        return ordered;
    }

    private static void walk(Channel channel, int depth, Map<Long, List<Channel>> children, List<ChannelOption> out) {
        if (depth > 32) {
            return;
        }
        out.add(new ChannelOption(channel, depth));
        for (Channel child : children.getOrDefault(channel.id(), List.of())) {
            walk(child, depth + 1, children, out);
        }
    }
}
