package com.masthead.channel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An immutable, indexed copy of all channels. Built in one pass; all lookups are map reads. */
final class ChannelTree {

    private final List<Channel> all;
    private final Map<Long, Channel> byId = new HashMap<>();
    private final Map<String, Channel> byPath = new HashMap<>();
    private final Map<Long, List<Channel>> children = new LinkedHashMap<>();
    private final List<Channel> roots = new ArrayList<>();

    ChannelTree(List<Channel> channels) {
        this.all = List.copyOf(channels);
        for (Channel channel : channels) {
            byId.put(channel.id(), channel);
            byPath.put(channel.path(), channel);
            if (channel.parentId() == null) {
                roots.add(channel);
            } else {
                children.computeIfAbsent(channel.parentId(), k -> new ArrayList<>())
                        .add(channel);
            }
        }
    }

    List<Channel> all() {
        return all;
    }

    Channel byId(long id) {
        return byId.get(id);
    }

    Channel byPath(String path) {
        return byPath.get(path);
    }

    List<Channel> roots() {
        return Collections.unmodifiableList(roots);
    }

    List<Channel> children(long id) {
        return children.getOrDefault(id, List.of());
    }

    List<Channel> ancestry(long id) {
        List<Channel> chain = new ArrayList<>();
        Channel current = byId.get(id);
        while (current != null && chain.size() < 32) {
            chain.add(0, current);
            current = current.parentId() == null ? null : byId.get(current.parentId());
        }
        return chain;
    }

    List<Long> subtreeIds(long id) {
        List<Long> ids = new ArrayList<>();
        collect(id, ids);
        return ids;
    }

    private void collect(long id, List<Long> ids) {
        if (ids.size() > 10_000) {
            return;
        }
        ids.add(id);
        for (Channel child : children(id)) {
            collect(child.id(), ids);
        }
    }
}
