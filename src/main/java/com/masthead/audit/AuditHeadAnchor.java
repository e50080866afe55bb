package com.masthead.audit;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Writes the chain head to the application log once a day ({@code masthead.audit.anchor-cron}, default 00:05 in
 * the site's default time zone) under the logger {@code masthead.audit.anchor}. Shipped to a log store the
 * database's administrators cannot edit, these lines anchor the chain: see {@code docs/audit.md}. With several
 * instances on one database one of them writes it: the run holds a cluster-wide lock (ShedLock) for an hour, so an
 * instance whose clock is up to an hour behind does not write it again.
 */
@Component
@EnableConfigurationProperties(AuditAnchorProperties.class)
class AuditHeadAnchor {

    private static final Logger anchorLog = LoggerFactory.getLogger("masthead.audit.anchor");

    private final AuditLog audit;

    AuditHeadAnchor(AuditLog audit) {
        this.audit = audit;
    }

    @Scheduled(
            cron = "#{@'masthead.audit-com.masthead.audit.AuditAnchorProperties'.anchorCron()}",
            zone = "#{@'masthead-com.masthead.system.MastheadProperties'.defaultTimeZone().getId()}")
    @SchedulerLock(name = "audit-head-anchor", lockAtMostFor = "PT1H", lockAtLeastFor = "PT1H")
    void logHead() {
        ChainHead head = audit.head();
        anchorLog.info("audit chain head seq={} hash={} occurredAt={}", head.seq(), head.hash(), head.occurredAt());
    }
}
