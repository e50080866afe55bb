package com.masthead.settings.web;

import com.masthead.backoffice.SiteTimeZone;
import com.masthead.settings.SiteSettingsService;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/** Hands the back office the time zone of the current site settings. */
@Component
class SettingsTimeZone implements SiteTimeZone {

    private final SiteSettingsService settings;

    SettingsTimeZone(SiteSettingsService settings) {
        this.settings = settings;
    }

    @Override
    public ZoneId current() {
        return settings.current().timeZone();
    }
}
