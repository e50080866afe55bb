package com.masthead.system;

import java.nio.file.Path;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings that are deployment concerns rather than editorial ones (editorial settings such as the site name
 * live in the database, see the settings module).
 *
 * @param dataDir where the SQLite file and uploaded media live
 * @param defaultTimeZone the site time zone used until an admin sets one
 * @param seedDemoContent whether an empty database is filled with the demo newspaper on start
 * @param maxJsonBodyBytes largest JSON request body accepted by the API
 */
@ConfigurationProperties("masthead")
public record MastheadProperties(Path dataDir, ZoneId defaultTimeZone, boolean seedDemoContent, long maxJsonBodyBytes) {

    public MastheadProperties {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        defaultTimeZone = defaultTimeZone == null ? ZoneId.of("Asia/Shanghai") : defaultTimeZone;
        maxJsonBodyBytes = maxJsonBodyBytes <= 0 ? 2 * 1024 * 1024 : maxJsonBodyBytes;
    }
}
