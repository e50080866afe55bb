/**
 * Editorial site settings kept in the database: site name, base URL, time zone, the two copyright statements and
 * the footer lines. {@link com.masthead.settings.SiteSettingsService#current()} is served from memory. Publishes
 * {@link com.masthead.settings.SiteSettingsChanged}.
 */
package com.masthead.settings;
