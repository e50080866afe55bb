package com.masthead.article;

import com.masthead.shared.VersionConflictException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Publishes scheduled articles when their time comes: every {@code masthead.scheduling.poll} (default 15 s) and
 * once at start-up, so a time missed while the server was down is published at once (and logged). Safe with
 * several instances on one database: each publication is a compare-and-set on the article's version, so when two
 * instances race for the same article one wins and the other's transaction rolls back without any effect.
 */
@Component
@EnableConfigurationProperties(SchedulingProperties.class)
class ScheduledPublishing {

    private static final Logger log = LoggerFactory.getLogger(ScheduledPublishing.class);
    private static final int BATCH = 100;
    private static final Duration LATE = Duration.ofMinutes(1);

    private final ArticleEditing editing;
    private final ArticleRepository articles;
    private final Clock clock;

    ScheduledPublishing(ArticleEditing editing, ArticleRepository articles, Clock clock) {
        this.editing = editing;
        this.articles = articles;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void catchUpAfterStart() {
        int published = publishDue();
        if (published > 0) {
            log.warn("Published {} scheduled article(s) whose time passed while the server was down", published);
        }
    }

    @Scheduled(
            fixedDelayString = "#{@'masthead.scheduling-com.masthead.article.SchedulingProperties'.poll()}",
            initialDelayString = "#{@'masthead.scheduling-com.masthead.article.SchedulingProperties'.poll()}")
    void poll() {
        publishDue();
    }

    /** Publishes every article whose time has come; returns how many this call published. */
    int publishDue() {
        Instant now = clock.instant();
        int published = 0;
        for (ArticleRepository.Due due : articles.scheduledUpTo(now, BATCH)) {
            try {
                if (editing.publishScheduled(due.id())) {
                    published++;
                    Instant planned = due.scheduledAt();
                    if (planned.plus(LATE).isBefore(now)) {
                        log.warn("Article {} was due at {} and published late at {}", due.id(), planned, now);
                    } else {
                        log.info("Published scheduled article {}", due.id());
                    }
                }
            } catch (VersionConflictException e) {
                log.debug("Article {} was published by another instance", due.id());
            } catch (RuntimeException e) {
                log.error("Could not publish scheduled article {}", due.id(), e);
            }
        }
        return published;
    }
}
