package com.masthead.article;

import com.masthead.channel.ChannelCatalog;
import com.masthead.staff.StaffMember;
import org.springframework.stereotype.Component;

/** Whether a staff member limited to some channels may work in a channel (its own or a sub-channel of one). */
@Component
public class ChannelScope {

    private final ChannelCatalog channels;

    ChannelScope(ChannelCatalog channels) {
        this.channels = channels;
    }

    public boolean allows(StaffMember member, long channelId) {
        return member.channelIds().isEmpty()
                || channels.ancestry(channelId).stream()
                        .anyMatch(c -> member.channelIds().contains(c.id()));
    }
}
