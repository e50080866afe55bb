package com.masthead.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;

/**
 * Creates the directory of a file-based SQLite URL once the data source properties are bound and before the
 * connection pool opens the file: the SQLite driver creates the database file but not its parent directories, and
 * "no setup step" is a promise of the README.
 */
class SqliteDataDirectory implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSourceProperties properties && properties.getUrl() != null) {
            createParentOf(properties.getUrl());
        }
        return bean;
    }

    static void createParentOf(String url) {
        if (!url.startsWith("jdbc:sqlite:") || url.contains(":memory:") || url.contains("mode=memory")) {
            return;
        }
        String file = url.substring("jdbc:sqlite:".length());
        int query = file.indexOf('?');
        if (query >= 0) {
            file = file.substring(0, query);
        }
        if (file.startsWith("file:")) {
            file = file.substring("file:".length());
        }
        Path parent = Path.of(file).toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the database directory " + parent, e);
        }
    }
}
