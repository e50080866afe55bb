package com.masthead.shared;

import com.masthead.support.SqliteSiteTest;

class ListShapesSqliteIntegrationTests extends SqliteSiteTest implements ListShapesContract {}
