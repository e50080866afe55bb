package com.masthead.channel;

/** A channel was created or changed (name, slug, order, visibility). Pages that show channel names are stale. */
public record ChannelChanged(long channelId) {}
