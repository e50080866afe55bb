package com.masthead.site.web.channel;

import com.masthead.site.web.Crumb;
import com.masthead.site.web.TeaserView;
import java.util.List;

/** The front page: the lead story, picture news, latest news and one block per top-level channel. */
public record HomePageModel(
        TeaserView lead, List<TeaserView> pictureNews, List<TeaserView> latest, List<ChannelBlock> channelBlocks) {

    /** A top-level channel with its newest articles and its sub-channels. */
    public record ChannelBlock(String name, String url, List<Crumb> subChannels, List<TeaserView> articles) {}
}
