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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Holds the site settings: stored as name/value rows, read into an immutable {@link SiteSettings} (a {@link
 * Snapshot}, reloaded after a change commits, here or on another instance). Unset values fall back to defaults
 * written for a Chinese newspaper site. Thread-safe.
 */
@Service
public class SiteSettingsService {

    private final SiteSettingRepository repository;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final MastheadProperties properties;
    private final Snapshot<SiteSettings> current;

    SiteSettingsService(
            SiteSettingRepository repository,
            ApplicationEventPublisher events,
            Clock clock,
            MastheadProperties properties,
            Snapshots snapshots) {
        this.repository = repository;
        this.events = events;
        this.clock = clock;
        this.properties = properties;
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
        values.put("baseUrl", draft.baseUrl());
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

    private SiteSettings load() {
        Map<String, String> stored = repository.all();
        String footer = stored.getOrDefault("footerLines", String.join("\n", SiteSettingsDefaults.FOOTER_LINES));
        return new SiteSettings(
                stored.getOrDefault("name", SiteSettingsDefaults.NAME),
                stored.getOrDefault("tagline", SiteSettingsDefaults.TAGLINE),
                stored.getOrDefault("baseUrl", SiteSettingsDefaults.BASE_URL),
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
