package com.masthead.system;

import com.masthead.shared.ChangeSignals;
import com.masthead.shared.Snapshots;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ChangeSignalProperties.class)
class ChangeSignalConfiguration {

    @Bean
    Snapshots snapshots(ChangeSignals signals, Clock clock, ChangeSignalProperties properties) {
        return new Snapshots(signals, clock, properties.snapshotMaxAge());
    }
}
