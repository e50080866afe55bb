package com.masthead.article.web;

import com.masthead.support.PostgresSiteTest;

class ImportExamplePostgresIntegrationTests extends PostgresSiteTest implements ImportExampleContract {}
