package com.masthead.settings;

import com.masthead.shared.InvalidInputException;
import com.masthead.shared.Snapshot;
import com.masthead.shared.Snapshots;
import com.masthead.shared.VersionConflictException;
import com.masthead.system.MastheadProperties;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Holds the site settings: stored as name/value rows, read into an immutable {@link SiteSettings} (a {@link
 * Snapshot}, reloaded after a change commits, here or on another instance). Unset values fall back to defaults
 * written for a Chinese newspaper site; an unset base URL falls back to {@link BaseUrlFallback}. Thread-safe.
 */
@Service
public class SiteSettingsService {

    private static final Logger log = LoggerFactory.getLogger(SiteSettingsService.class);
    private static final String BASE_URL = "baseUrl";

    private final SiteSettingRepository repository;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final MastheadProperties properties;
    private final BaseUrlFallback fallback;
    private final Snapshot<SiteSettings> current;

    SiteSettingsService(
            SiteSettingRepository repository,
            ApplicationEventPublisher events,
            Clock clock,
            MastheadProperties properties,
            BaseUrlFallback fallback,
            Snapshots snapshots) {
        this.repository = repository;
        this.events = events;
        this.clock = clock;
        this.properties = properties;
        this.fallback = fallback;
        this.current = snapshots.of("site-settings", previous -> load());
    }

    /**
     * The settings as stored now, read from the database: for a form or an API read that an update will be checked
     * against ({@link #current()} may be a second old when another instance saved).
     */
    public SiteSettings latest() {
        return load();
    }

    public SiteSettings current() {
        return current.get();
    }

    /**
     * Whether links in pages, feeds and mails still point at a placeholder address because no admin has set the
     * public base URL (outside demo mode; demo mode uses the address the server listens on).
     */
    public boolean baseUrlMissing() {
        return fallback.isPlaceholder() && !baseUrlSet();
    }

    /** Whether an admin has stored the public base URL (the fallback does not count). */
    public boolean baseUrlSet() {
        return repository.all().containsKey(BASE_URL);
    }

    /** Whether the site has a name of its own rather than the placeholder newspaper's. */
    public boolean nameSet() {
        return !SiteSettingsDefaults.NAME.equals(current().name());
    }

    /**
     * Replaces all settings at once, if they are still at {@code expectedVersion} (see {@link SiteSettings#version()}).
     * Publishes {@link SiteSettingsChanged}.
     *
     * @throws VersionConflictException when somebody saved in between; nothing is written
     */
    @Transactional
    public SiteSettings update(SiteSettingsDraft draft, int expectedVersion) {
        try {
            ZoneId.of(draft.timeZone());
        } catch (DateTimeException e) {
            throw new InvalidInputException("timeZone", "settings.time-zone.unknown", draft.timeZone());
        }
        Map<String, String> values = new HashMap<>();
        values.put("name", draft.name().strip());
        values.put("tagline", draft.tagline() == null ? "" : draft.tagline().strip());
        values.put(BASE_URL, draft.baseUrl());
        values.put("timeZone", draft.timeZone());
        values.put("originalStatement", draft.originalStatement().strip());
        values.put("reprintStatement", draft.reprintStatement().strip());
        values.put("footerLines", String.join("\n", draft.footerLines() == null ? List.of() : draft.footerLines()));
        values.put("logoUrl", draft.logoUrl() == null ? "" : draft.logoUrl().strip());
        long now = clock.millis();
        if (!repository.claimVersion(expectedVersion, now)) {
            throw new VersionConflictException("site settings", 0, expectedVersion);
        }
        values.forEach((name, value) -> repository.put(name, value, now));
        events.publishEvent(new SiteSettingsChanged());
        return load();
    }

    @EventListener
    void on(SiteSettingsChanged event) {
        current.changed();
    }

    @EventListener
    void on(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getServerNamespace() == null) {
            fallback.listeningOn(event.getWebServer().getPort());
            current.changed();
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void warnWithoutBaseUrl() {
        if (baseUrlMissing()) {
            log.warn(
                    "The public base URL is not set: canonical links, feeds, sitemaps and mails say {} until an"
                            + " admin sets it at /admin/settings",
                    current().baseUrl());
        }
    }

    private SiteSettings load() {
        Map<String, String> stored = repository.all();
        String footer = stored.getOrDefault("footerLines", String.join("\n", SiteSettingsDefaults.FOOTER_LINES));
        return new SiteSettings(
                stored.getOrDefault("name", SiteSettingsDefaults.NAME),
                stored.getOrDefault("tagline", SiteSettingsDefaults.TAGLINE),
                stored.getOrDefault(BASE_URL, fallback.baseUrl()),
                ZoneId.of(stored.getOrDefault(
                        "timeZone", properties.defaultTimeZone().getId())),
                stored.getOrDefault("originalStatement", SiteSettingsDefaults.ORIGINAL_STATEMENT),
                stored.getOrDefault("reprintStatement", SiteSettingsDefaults.REPRINT_STATEMENT),
                footer.isBlank() ? List.of() : Arrays.asList(footer.split("\n")),
                blankToNull(stored.get("logoUrl")),
                Integer.parseInt(stored.getOrDefault("version", "0")));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
