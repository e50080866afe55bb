package com.masthead.site;

import com.masthead.support.SqliteSiteTest;

/** The public site over real HTTP on the embedded SQLite database. */
class SiteSqliteIntegrationTests extends SqliteSiteTest
        implements ArticlePageContract, ErrorPageContract, PageDescriptionContract {}
