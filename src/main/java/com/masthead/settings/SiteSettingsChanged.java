package com.masthead.settings;

/** An admin changed the site settings; every public page shows them, so every cached page is stale. */
public record SiteSettingsChanged() {}
