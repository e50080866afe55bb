package com.masthead.system;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/** Puts a {@link SqliteStatementCache} in front of the connection pool when the database is SQLite. */
final class SqliteStatementCaching implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool
                && pool.getJdbcUrl() != null
                && pool.getJdbcUrl().startsWith("jdbc:sqlite:")) {
            return new SqliteStatementCache(pool);
        }
        return bean;
    }
}
