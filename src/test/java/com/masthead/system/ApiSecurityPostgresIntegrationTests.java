package com.masthead.system;

import com.masthead.support.PostgresSiteTest;

class ApiSecurityPostgresIntegrationTests extends PostgresSiteTest implements ApiSecurityContract {}
