package com.masthead.edition;

import com.masthead.shared.VersionConflictException;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Publishes prepared issues whose go-live time has come: every {@code masthead.edition.go-live-poll} (default
 * 15 s) and once at start-up. Each publication is a compare-and-set on the issue's version, so with several
 * instances on one database one wins and the others change nothing. Publishing sends {@link EditionChanged}, so
 * cached pages of the newspaper refresh.
 */
@Component
@EnableConfigurationProperties(IssueGoLiveProperties.class)
class IssueGoLive {

    private static final Logger log = LoggerFactory.getLogger(IssueGoLive.class);
    private static final int BATCH = 100;

    private final EditionEditing editing;
    private final EditionRepository editions;
    private final Clock clock;

    IssueGoLive(EditionEditing editing, EditionRepository editions, Clock clock) {
        this.editing = editing;
        this.editions = editions;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void catchUpAfterStart() {
        publishDue();
    }

    @Scheduled(
            fixedDelayString = "#{@'masthead.edition-com.masthead.edition.IssueGoLiveProperties'.goLivePoll()}",
            initialDelayString = "#{@'masthead.edition-com.masthead.edition.IssueGoLiveProperties'.goLivePoll()}")
    void poll() {
        publishDue();
    }

    /** Publishes every prepared issue whose time has come; returns how many this call published. */
    int publishDue() {
        Instant now = clock.instant();
        int published = 0;
        for (NewspaperIssue due : editions.dueToGoLive(now, BATCH)) {
            try {
                editing.goLiveAsScheduled(due);
                published++;
                log.info("Issue {} of {} went live (due {})", due.id(), due.date(), due.goLiveAt());
            } catch (VersionConflictException e) {
                log.debug("Issue {} was published by another instance", due.id());
            } catch (RuntimeException e) {
                log.error("Could not publish issue {}", due.id(), e);
            }
        }
        return published;
    }
}
