package com.masthead.system;

import com.masthead.shared.Snapshots;
import java.sql.DatabaseMetaData;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ChangeSignalProperties.class)
class ChangeSignalConfiguration {

    @Bean
    JdbcChangeSignals changeSignals(
            JdbcClient jdbc,
            DataSource dataSource,
            DataSourceProperties connection,
            Clock clock,
            ChangeSignalProperties properties)
            throws MetaDataAccessException {
        String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        // listening connections are opened with the pool's settings but outside it: one stays open for good
        SignalPush push = product.toLowerCase().contains("postgres")
                ? new SignalPush(connection
                        .initializeDataSourceBuilder()
                        .type(SimpleDriverDataSource.class)
                        .build())
                : SignalPush.NONE;
        return new JdbcChangeSignals(jdbc, clock, properties, push);
    }

    @Bean
    Snapshots snapshots(JdbcChangeSignals signals, Clock clock, ChangeSignalProperties properties) {
        return new Snapshots(signals, clock, properties.snapshotMaxAge());
    }
}
