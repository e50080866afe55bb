package com.masthead.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Records logins refused by the throttle as one entry per key (login name and address, or the address alone when
 * its own limit refused it) and window instead of one entry each: such attempts check no password, so they cost
 * an attacker nothing, while each entry would cost an append serialised on the chain head. The first refusal of a
 * window is recorded at once; the rest are counted in memory and recorded as one summary ({@code count} and the
 * window's start) when the window has passed (checked every minute) or when {@code summary-every} refusals have
 * piled up. The audit log stays append-only: a summary is a new entry, nothing is updated. Counts not yet recorded
 * are lost if the instance stops. Thread-safe.
 */
@Component
@EnableConfigurationProperties(ThrottledLogins.Window.class)
class ThrottledLogins {

    static final String ACTION = AuthenticationRecorder.LOGIN_FAILED;
    static final String REASON = "login-throttled";
    private static final int MAX_KEYS = 10_000;

    private final AuditChain chain;
    private final Window window;
    private final Clock clock;
    private final Map<Key, Tally> tallies = new HashMap<>();

    ThrottledLogins(AuditChain chain, Window window, Clock clock) {
        this.chain = chain;
        this.window = window;
        this.clock = clock;
    }

    /** A refused attempt of {@code subject} from {@code address}; appends an entry only when one is due. */
    void refused(String subject, String address) {
        Instant now = clock.instant();
        Key key = new Key(subject, address);
        List<AuditDraft> due = new ArrayList<>();
        synchronized (tallies) {
            Tally tally = tallies.get(key);
            if (tally != null && !now.isBefore(tally.start.plus(window.throttledLoginWindow()))) {
                tally.summary(key).ifPresent(due::add);
                tally = null;
            }
            if (tally == null) {
                if (tallies.size() >= MAX_KEYS) {
                    flushAll(due);
                }
                tallies.put(key, new Tally(now));
                due.add(new AuditDraft("anonymous", ACTION, subject, REASON, address));
            } else if (++tally.count - tally.recorded >= window.throttledLoginSummaryEvery()) {
                tally.summary(key).ifPresent(due::add);
            }
        }
        due.forEach(chain::append);
    }

    /** Records the counts of windows that have passed. */
    @Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
    void recordPassedWindows() {
        Instant now = clock.instant();
        List<AuditDraft> due = new ArrayList<>();
        synchronized (tallies) {
            Iterator<Map.Entry<Key, Tally>> it = tallies.entrySet().iterator();
            while (it.hasNext()) {
                Map.Entry<Key, Tally> entry = it.next();
                if (!now.isBefore(entry.getValue().start.plus(window.throttledLoginWindow()))) {
                    entry.getValue().summary(entry.getKey()).ifPresent(due::add);
                    it.remove();
                }
            }
        }
        due.forEach(chain::append);
    }

    private void flushAll(List<AuditDraft> due) {
        tallies.forEach((key, tally) -> tally.summary(key).ifPresent(due::add));
        tallies.clear();
    }

    private record Key(String subject, String address) {}

    private static final class Tally {

        private final Instant start;
        private int count = 1;
        private int recorded = 1;

        private Tally(Instant start) {
            this.start = start;
        }

        /** An entry for the refusals counted since the last one recorded, if any. */
        private Optional<AuditDraft> summary(Key key) {
            int unrecorded = count - recorded;
            recorded = count;
            return unrecorded == 0
                    ? Optional.empty()
                    : Optional.of(new AuditDraft(
                            "anonymous",
                            ACTION,
                            key.subject(),
                            REASON + " count=" + unrecorded + " since=" + start,
                            key.address()));
        }
    }

    /**
     * {@code masthead.audit.*}: refused logins of one key are summed up per {@code throttled-login-window}
     * (default 15 min), with a summary at least every {@code throttled-login-summary-every} refusals (default
     * 1000).
     */
    @ConfigurationProperties("masthead.audit")
    record Window(Duration throttledLoginWindow, Integer throttledLoginSummaryEvery) {
        Window {
            throttledLoginWindow = throttledLoginWindow == null ? Duration.ofMinutes(15) : throttledLoginWindow;
            throttledLoginSummaryEvery = throttledLoginSummaryEvery == null ? 1000 : throttledLoginSummaryEvery;
        }
    }
}
