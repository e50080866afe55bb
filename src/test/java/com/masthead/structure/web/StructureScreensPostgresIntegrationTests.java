package com.masthead.structure.web;

import com.masthead.support.PostgresSiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

class StructureScreensPostgresIntegrationTests extends PostgresSiteTest
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
