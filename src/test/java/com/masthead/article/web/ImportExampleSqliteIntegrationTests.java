package com.masthead.article.web;

import com.masthead.support.SqliteSiteTest;

class ImportExampleSqliteIntegrationTests extends SqliteSiteTest implements ImportExampleContract {}
