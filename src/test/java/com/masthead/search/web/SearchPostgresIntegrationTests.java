package com.masthead.search.web;

import com.masthead.search.SearchIndex;
import com.masthead.support.PostgresSiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Search over real HTTP on PostgreSQL. */
class SearchPostgresIntegrationTests extends PostgresSiteTest implements SearchContract, StaffSearchPageContract {

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
