package com.masthead.search.web;

import com.masthead.support.PostgresSiteTest;

/** Search over real HTTP on PostgreSQL. */
class SearchPostgresIntegrationTests extends PostgresSiteTest implements SearchContract {}
