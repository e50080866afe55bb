package com.masthead.search;

import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Keeps the instance out of the load balancer until its search index has caught up: a new instance builds its
 * index first, a restarted one applies the changes it missed. Spring Boot declares the application ready
 * ({@code ACCEPTING_TRAFFIC}) once it has started; until {@link #caughtUp()} this answers with {@code
 * REFUSING_TRAFFIC}, so {@code /actuator/health/readiness} says {@code OUT_OF_SERVICE}. Liveness is untouched, and
 * the public pages, search included, answer meanwhile from what the index holds. Thread-safe.
 */
@Component
class SearchReadiness {

    private final ApplicationEventPublisher events;
    private boolean caughtUp; // guarded by this
    private boolean refused; // guarded by this

    SearchReadiness(ApplicationEventPublisher events) {
        this.events = events;
    }

    /** After Spring Boot's own listener has recorded the state, so this answer is the one that stays. */
    @EventListener
    @Order(Ordered.LOWEST_PRECEDENCE)
    synchronized void on(AvailabilityChangeEvent<ReadinessState> event) {
        if (event.getState() == ReadinessState.ACCEPTING_TRAFFIC && !caughtUp) {
            refused = true;
            AvailabilityChangeEvent.publish(events, this, ReadinessState.REFUSING_TRAFFIC);
        }
    }

    /** The index holds every article and has applied the changes made before; ready from now on. */
    synchronized void caughtUp() {
        if (caughtUp) {
            return;
        }
        caughtUp = true;
        if (refused) {
            AvailabilityChangeEvent.publish(events, this, ReadinessState.ACCEPTING_TRAFFIC);
        }
    }

    synchronized boolean isCaughtUp() {
        return caughtUp;
    }
}
