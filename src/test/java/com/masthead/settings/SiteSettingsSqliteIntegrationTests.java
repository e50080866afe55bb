package com.masthead.settings;

import com.masthead.support.SqliteSiteTest;

/** The settings API on the embedded SQLite database. */
class SiteSettingsSqliteIntegrationTests extends SqliteSiteTest implements SiteSettingsApiContract {}
