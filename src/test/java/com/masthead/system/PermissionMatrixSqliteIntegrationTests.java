package com.masthead.system;

import com.masthead.support.SqliteSiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

class PermissionMatrixSqliteIntegrationTests extends SqliteSiteTest implements PermissionMatrixContract {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Override
    public RequestMappingHandlerMapping mappings() {
        return mappings;
    }
}
