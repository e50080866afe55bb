package com.masthead.settings;

import com.masthead.shared.InvalidInputException;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Holds the site settings: stored as name/value rows, read once into an immutable {@link SiteSettings} and
 * reloaded on change (here at once, from another instance within a minute). Unset values fall back to defaults
 * written for a Chinese newspaper site. Thread-safe.
 */
@Service
public class SiteSettingsService {

    private static final long RELOAD_AFTER_MILLIS = 60_000;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final MastheadProperties properties;
    private volatile SiteSettings current;
    private volatile long loadedAt;

    SiteSettingsService(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock, MastheadProperties properties) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.properties = properties;
    }

    public SiteSettings current() {
        SiteSettings settings = current;
        if (settings == null || System.currentTimeMillis() - loadedAt > RELOAD_AFTER_MILLIS) {
            settings = load();
        }
        return settings;
    }

    /** Replaces all settings at once. Publishes {@link SiteSettingsChanged}. */
    @Transactional
    public SiteSettings update(SiteSettingsDraft draft) {
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
        values.forEach((name, value) -> {
            jdbc.sql("delete from site_setting where name = :name")
                    .param("name", name)
                    .update();
            jdbc.sql("insert into site_setting (name, value, updated_at) values (:name, :value, :now)")
                    .param("name", name)
                    .param("value", value)
                    .param("now", now)
                    .update();
        });
        events.publishEvent(new SiteSettingsChanged());
        return load();
    }

    @EventListener
    void on(SiteSettingsChanged event) {
        load();
    }

    private SiteSettings load() {
        Map<String, String> stored = new HashMap<>();
        jdbc.sql("select name, value from site_setting").query(rs -> {
            stored.put(rs.getString("name"), rs.getString("value"));
        });
        String footer = stored.getOrDefault("footerLines", String.join("\n", SiteSettingsDefaults.FOOTER_LINES));
        SiteSettings settings = new SiteSettings(
                stored.getOrDefault("name", SiteSettingsDefaults.NAME),
                stored.getOrDefault("tagline", SiteSettingsDefaults.TAGLINE),
                stored.getOrDefault("baseUrl", SiteSettingsDefaults.BASE_URL),
                ZoneId.of(stored.getOrDefault(
                        "timeZone", properties.defaultTimeZone().getId())),
                stored.getOrDefault("originalStatement", SiteSettingsDefaults.ORIGINAL_STATEMENT),
                stored.getOrDefault("reprintStatement", SiteSettingsDefaults.REPRINT_STATEMENT),
                footer.isBlank() ? List.of() : Arrays.asList(footer.split("\n")),
                blankToNull(stored.get("logoUrl")));
        current = settings;
        loadedAt = System.currentTimeMillis();
        return settings;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
