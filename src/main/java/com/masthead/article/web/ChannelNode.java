package com.masthead.article.web;

import com.masthead.channel.Channel;
import com.masthead.channel.ChannelOption;
import java.util.ArrayList;
import java.util.List;

/** A channel with its sub-channels, for the tree on the channels screen. */
public record ChannelNode(Channel channel, List<ChannelNode> children) {

    public ChannelNode {
        children = List.copyOf(children);
    }

    /** The forest of channels, built from the tree order of {@link ChannelOption#treeOrder}. */
    static List<ChannelNode> forest(List<ChannelOption> ordered) {
        return build(ordered, new int[] {0}, 0);
    }

    private static List<ChannelNode> build(List<ChannelOption> ordered, int[] next, int depth) {
        List<ChannelNode> nodes = new ArrayList<>();
        while (next[0] < ordered.size() && ordered.get(next[0]).depth() == depth) {
            Channel channel = ordered.get(next[0]++).channel();
            nodes.add(new ChannelNode(channel, build(ordered, next, depth + 1)));
        }
        return nodes;
    }
}
