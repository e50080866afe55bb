package com.masthead.site.web;

import com.masthead.channel.Channel;
import com.masthead.settings.SiteSettings;
import java.util.List;

/**
 * What the shared page frame needs: settings (name, footer), navigation, texts in the reader's language, the
 * page's title and canonical address, and the content-hashed asset URLs.
 */
public record LayoutModel(
        SiteSettings settings,
        List<Channel> navigation,
        Text t,
        String pageTitle,
        String description,
        String canonicalUrl,
        String stylesheetUrl,
        String logoUrl,
        String currentPath,
        String year) {

    public String fullTitle() {
        return pageTitle == null || pageTitle.isBlank() ? settings.name() : pageTitle + " - " + settings.name();
    }

    /** The same page in the other language. */
    public String switchLanguageUrl() {
        return currentPath + (currentPath.contains("?") ? "&" : "?") + "lang=" + (t.isChinese() ? "en" : "zh-CN");
    }
}
