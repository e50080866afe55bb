package com.masthead.search.web;

import com.masthead.search.SearchIndex;
import com.masthead.support.SqliteSiteTest;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;

/** Search over real HTTP on the embedded SQLite database. */
class SearchSqliteIntegrationTests extends SqliteSiteTest implements SearchContract, StaffSearchPageContract {

    @Autowired
    private SearchIndex searchIndex;

    @Override
    public void changeBehindTheIndexesBack(long articleId, String title, long updatedAtDelta) {
        jdbc.sql("update article set title = :title, updated_at = updated_at + :delta where id = :id")
                .param("title", title)
                .param("delta", updatedAtDelta)
                .param("id", articleId)
                .update();
    }

    @Override
    public void addTermBehindTheIndexesBack(String term) {
        jdbc.sql("insert into search_term (term, kind, created_at) values (:term, 'OTHER', 0)")
                .param("term", term)
                .update();
    }

    @Override
    public void removeTermBehindTheIndexesBack(String term) {
        jdbc.sql("delete from search_term where term = :term")
                .param("term", term)
                .update();
    }

    @Override
    public Set<String> indexDictionary() {
        return searchIndex.dictionary();
    }
}
