package com.masthead.article.web;

import com.masthead.article.ReviewLadder;
import com.masthead.channel.Channel;

/**
 * The channel form as submitted, all text, so that a refused form shows exactly what was typed; {@code levels} is
 * the number of review levels the channel's articles need.
 */
public record ChannelForm(
        String parentId,
        String name,
        String slug,
        String position,
        String description,
        String visible,
        String levels,
        String version) {

    static ChannelForm empty(Long parentId) {
        return new ChannelForm(
                parentId == null ? "" : String.valueOf(parentId),
                "",
                "",
                "0",
                "",
                "on",
                String.valueOf(ReviewLadder.MAX_LEVELS),
                "");
    }

    static ChannelForm of(Channel channel, int levels) {
        return new ChannelForm(
                channel.parentId() == null ? "" : String.valueOf(channel.parentId()),
                channel.name(),
                channel.slug(),
                String.valueOf(channel.position()),
                channel.description() == null ? "" : channel.description(),
                channel.visible() ? "on" : null,
                String.valueOf(levels),
                String.valueOf(channel.version()));
    }

    public boolean isVisible() {
        return visible != null;
    }

    public boolean hasLevels(int count) {
        return String.valueOf(count).equals(levels);
    }

    public boolean hasParent(long id) {
        return String.valueOf(id).equals(parentId);
    }
}
