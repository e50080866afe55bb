package com.masthead.system;

import com.masthead.support.SqliteSiteTest;

class ApiSecuritySqliteIntegrationTests extends SqliteSiteTest implements ApiSecurityContract {}
