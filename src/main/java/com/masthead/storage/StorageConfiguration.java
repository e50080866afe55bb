package com.masthead.storage;

import com.masthead.system.MastheadProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one {@link ObjectStore} of the application, as {@code masthead.storage.type} says. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StorageProperties.class)
class StorageConfiguration {

    private static final Logger log = LoggerFactory.getLogger(StorageConfiguration.class);

    @Bean
    ObjectStore objectStore(StorageProperties storage, MastheadProperties masthead) {
        ObjectStore store = ObjectStore.configured(storage, masthead.dataDir());
        log.info("files are kept in the {}", store.describe());
        return store;
    }

    @Bean
    PublicFiles publicFiles(StorageProperties storage) {
        return new PublicFiles(storage.publicBaseUrl());
    }
}
