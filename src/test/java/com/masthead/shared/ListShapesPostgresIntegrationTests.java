package com.masthead.shared;

import com.masthead.support.PostgresSiteTest;

class ListShapesPostgresIntegrationTests extends PostgresSiteTest implements ListShapesContract {}
