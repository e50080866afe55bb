package com.masthead.site.web.channel;

import com.masthead.shared.PageResult;
import com.masthead.site.web.Crumb;
import com.masthead.site.web.StructuredData;
import com.masthead.site.web.TeaserView;
import java.util.List;

/**
 * A titled, paged list of articles with a breadcrumb and optional links to sub-sections: the shape of channel,
 * series and print-page pages.
 */
public record ListPageModel(
        List<Crumb> crumbs,
        String heading,
        String description,
        List<Crumb> subsections,
        PageResult<TeaserView> articles,
        String pageBaseUrl,
        boolean numbered) {

    /** schema.org BreadcrumbList JSON-LD of the crumbs, for the page head. */
    public String breadcrumbJsonLd(String baseUrl) {
        return StructuredData.breadcrumbList(crumbs, baseUrl);
    }

    public String pageUrl(int page) {
        return page <= 1 ? pageBaseUrl : pageBaseUrl + "?page=" + page;
    }
}
