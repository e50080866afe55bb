package com.masthead.site;

import com.masthead.support.PostgresSiteTest;

/** The public site over real HTTP on PostgreSQL. */
class SitePostgresIntegrationTests extends PostgresSiteTest
        implements ArticlePageContract, ErrorPageContract, PageDescriptionContract {}
