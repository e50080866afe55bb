package com.masthead.settings;

import com.masthead.support.PostgresSiteTest;

/** The settings API on PostgreSQL. */
class SiteSettingsPostgresIntegrationTests extends PostgresSiteTest implements SiteSettingsApiContract {}
