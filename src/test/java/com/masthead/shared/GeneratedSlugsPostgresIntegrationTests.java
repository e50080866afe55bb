package com.masthead.shared;

import com.masthead.support.PostgresSiteTest;

class GeneratedSlugsPostgresIntegrationTests extends PostgresSiteTest implements GeneratedSlugsContract {}
