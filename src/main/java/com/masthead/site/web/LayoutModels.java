package com.masthead.site.web;

import com.masthead.channel.ChannelCatalog;
import com.masthead.settings.SiteSettings;
import com.masthead.settings.SiteSettingsService;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/** Builds the {@link LayoutModel} of a request; cheap (all inputs are in memory). */
@Component
public class LayoutModels {

    private final SiteSettingsService settings;
    private final ChannelCatalog channels;
    private final MessageSource messages;
    private final ResourceUrlProvider resources;
    private final Clock clock;
    private final Map<String, String> assetUrls = new ConcurrentHashMap<>();

    LayoutModels(
            SiteSettingsService settings,
            ChannelCatalog channels,
            MessageSource messages,
            ResourceUrlProvider resources,
            Clock clock) {
        this.settings = settings;
        this.channels = channels;
        this.messages = messages;
        this.resources = resources;
        this.clock = clock;
    }

    public Text text() {
        return new Text(messages, LocaleContextHolder.getLocale());
    }

    public LayoutModel of(HttpServletRequest request, String title, String description, String canonicalPath) {
        SiteSettings site = settings.current();
        String path = request.getRequestURI();
        Text t = text();
        return new LayoutModel(
                site,
                channels.navigation(),
                t,
                title,
                description != null && !description.isBlank() ? description : siteDescription(site, t),
                canonicalPath == null ? null : site.baseUrl() + canonicalPath,
                asset("/assets/site.css"),
                site.logoUrl() != null ? site.logoUrl() : asset("/assets/logo.svg"),
                path,
                String.valueOf(LocalDate.now(clock.withZone(site.timeZone())).getYear()));
    }

    // Pages without a description of their own (home, print pages, forms) describe the site: its tagline, else a
    // sentence with its name. Search engines and link previews show it.
    private static String siteDescription(SiteSettings site, Text t) {
        return site.tagline() != null && !site.tagline().isBlank()
                ? site.name() + (t.isChinese() ? "：" : ": ") + site.tagline()
                : t.get("site.default-description", site.name());
    }

    // Resolving a versioned URL walks and sorts the resource handler patterns: do it once per asset, not per page.
    private String asset(String path) {
        return assetUrls.computeIfAbsent(path, p -> {
            String versioned = resources.getForLookupPath(p);
            return versioned == null ? p : versioned;
        });
    }
}
