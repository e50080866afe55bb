package com.masthead.article.web;

import com.masthead.article.ReviewPolicies;
import com.masthead.channel.Channel;
import com.masthead.channel.ChannelDraft;
import com.masthead.channel.ChannelEditing;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saves a channel and its review levels (owned by the article module) in one transaction, so that a refused
 * level leaves the channel unchanged too. The levels are only written when they change (each change is audited).
 */
@Service
class ChannelSetup {

    private final ChannelEditing editing;
    private final ReviewPolicies policies;

    ChannelSetup(ChannelEditing editing, ReviewPolicies policies) {
        this.editing = editing;
        this.policies = policies;
    }

    @Transactional
    public Channel create(ChannelDraft draft, int levels, String actor) {
        Channel channel = editing.create(draft);
        if (levels != policies.levelsFor(channel.id())) {
            policies.setLevels(channel.id(), levels, actor);
        }
        return channel;
    }

    @Transactional
    public Channel update(long id, int version, ChannelDraft draft, int levels, String actor) {
        Channel channel = editing.update(id, version, draft);
        if (levels != policies.levelsFor(id)) {
            policies.setLevels(id, levels, actor);
        }
        return channel;
    }

    int levelsFor(long channelId) {
        return policies.levelsFor(channelId);
    }
}
