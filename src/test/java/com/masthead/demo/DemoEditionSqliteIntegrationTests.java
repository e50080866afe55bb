package com.masthead.demo;

import com.masthead.article.ArticleReading;
import com.masthead.edition.EditionCatalog;
import com.masthead.epaper.PrintEdition;
import com.masthead.support.SqliteSiteTest;
import org.springframework.beans.factory.annotation.Autowired;

class DemoEditionSqliteIntegrationTests extends SqliteSiteTest implements DemoEditionContract {

    @Autowired
    private EditionCatalog catalog;

    @Autowired
    private PrintEdition edition;

    @Autowired
    private ArticleReading articles;

    @Override
    public EditionCatalog catalog() {
        return catalog;
    }

    @Override
    public PrintEdition edition() {
        return edition;
    }

    @Override
    public ArticleReading articles() {
        return articles;
    }
}
