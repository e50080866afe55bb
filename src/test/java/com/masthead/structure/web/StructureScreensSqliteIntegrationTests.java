package com.masthead.structure.web;

import com.masthead.support.SqliteSiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

class StructureScreensSqliteIntegrationTests extends SqliteSiteTest
        implements UserAdminContract,
                ChannelAdminContract,
                EditionAdminContract,
                SeriesAndSettingsAdminContract,
                MediaLibraryContract,
                StructureAccessContract,
                StructureTextContract {

    @Autowired
    ApplicationContext context;

    @Override
    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }
}
