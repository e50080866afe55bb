package com.masthead.site.web.channel;

import com.masthead.site.web.Crumb;
import java.util.List;

/** The HTML site map: channel sections with their sub-channels, and the newspapers. */
public record SiteMapModel(List<Crumb> crumbs, List<Section> sections, List<Crumb> newspapers) {

    public record Section(Crumb channel, List<Crumb> children) {}
}
