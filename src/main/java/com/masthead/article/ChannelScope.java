package com.masthead.article;

import com.masthead.channel.ChannelCatalog;
import com.masthead.shared.ForbiddenException;
import com.masthead.staff.StaffMember;
import org.springframework.stereotype.Component;

/** Whether a staff member limited to some channels may work in a channel (its own or a sub-channel of one). */
@Component
public class ChannelScope {

    private final ChannelCatalog channels;

    ChannelScope(ChannelCatalog channels) {
        this.channels = channels;
    }

    /**
     * Throws {@link ForbiddenException} ({@code review.forbidden.channel}) unless {@code member} may work in
     * {@code channelId}. A missing channel passes: content validation names that field.
     */
    public void require(StaffMember member, Long channelId) {
        if (channelId != null && !allows(member, channelId)) {
            throw new ForbiddenException("review.forbidden.channel");
        }
    }

    public boolean allows(StaffMember member, long channelId) {
        return member.channelIds().isEmpty()
                || channels.ancestry(channelId).stream()
                        .anyMatch(c -> member.channelIds().contains(c.id()));
    }
}
