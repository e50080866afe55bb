package com.masthead.article.web;

import com.masthead.support.SqliteSiteTest;

class ArticleApiSqliteIntegrationTests extends SqliteSiteTest implements ArticleApiContract {}
