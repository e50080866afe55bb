package com.masthead.shared;

import com.masthead.support.SqliteSiteTest;

class GeneratedSlugsSqliteIntegrationTests extends SqliteSiteTest implements GeneratedSlugsContract {}
