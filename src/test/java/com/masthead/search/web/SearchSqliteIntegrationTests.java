package com.masthead.search.web;

import com.masthead.support.SqliteSiteTest;

/** Search over real HTTP on the embedded SQLite database. */
class SearchSqliteIntegrationTests extends SqliteSiteTest implements SearchContract {}
