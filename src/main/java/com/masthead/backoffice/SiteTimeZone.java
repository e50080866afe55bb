package com.masthead.backoffice;

import java.time.ZoneId;

/**
 * The site's time zone, for back-office screens that show or read dates and may not depend on {@code settings}
 * (those in {@code backoffice/web}: {@code settings/web} depends on this module, so the reverse would be a cycle).
 * Implemented by the settings module; reads the current settings on every call.
 */
public interface SiteTimeZone {

    /** The time zone of the current site settings; never null. */
    ZoneId current();
}
