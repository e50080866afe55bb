package com.masthead.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When the chain head is written to the log ({@code masthead.audit.anchor-cron}).
 *
 * @param anchorCron a Spring cron expression in the site's default time zone ({@code masthead.default-time-zone});
 *     default {@code 0 5 0 * * *}, daily at 00:05
 */
@ConfigurationProperties("masthead.audit")
record AuditAnchorProperties(String anchorCron) {

    AuditAnchorProperties {
        anchorCron = anchorCron == null || anchorCron.isBlank() ? "0 5 0 * * *" : anchorCron.strip();
    }
}
