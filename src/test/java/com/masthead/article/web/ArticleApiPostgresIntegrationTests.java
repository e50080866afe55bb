package com.masthead.article.web;

import com.masthead.support.PostgresSiteTest;

class ArticleApiPostgresIntegrationTests extends PostgresSiteTest implements ArticleApiContract {}
