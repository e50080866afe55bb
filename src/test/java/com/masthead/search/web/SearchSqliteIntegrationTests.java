package com.masthead.search.web;

import com.masthead.support.SqliteSiteTest;

/** Search over real HTTP on the embedded SQLite database. */
class SearchSqliteIntegrationTests extends SqliteSiteTest implements SearchContract, StaffSearchPageContract {

    @Override
    public void changeBehindTheIndexesBack(long articleId, String title, long updatedAtDelta) {
        jdbc.sql("update article set title = :title, updated_at = updated_at + :delta where id = :id")
                .param("title", title)
                .param("delta", updatedAtDelta)
                .param("id", articleId)
                .update();
    }
}
