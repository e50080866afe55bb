package com.masthead.search.web;

import com.masthead.search.SearchIndex;
import com.masthead.support.SqliteSiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Search over real HTTP on the embedded SQLite database. */
class SearchSqliteIntegrationTests extends SqliteSiteTest implements SearchContract, StaffSearchPageContract {

    @Autowired
    private SearchIndex searchIndex;

    @Override
    public JdbcClient database() {
        return jdbc;
    }

    @Override
    public SearchIndex searchIndex() {
        return searchIndex;
    }
}
