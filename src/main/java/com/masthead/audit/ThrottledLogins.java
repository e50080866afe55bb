package com.masthead.audit;

import com.masthead.audit.ThrottledLoginTallyRepository.Tally;
import com.masthead.shared.BoundedKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Records logins refused by the throttle as one entry per key (login name and address, or the address alone when
 * its own limit refused it) and window instead of one entry each: such attempts check no password, so they cost
 * an attacker nothing, while each entry would cost an append serialised on the chain head. The first refusal of a
 * window is recorded at once; the rest are counted in {@code throttled_login_tally}, shared by every instance,
 * and recorded as one summary ({@code count} and the window's start) when the window has passed (checked every
 * minute by every instance; one of them takes the tally) or when {@code summary-every} refusals have piled up.
 * So a key refused on several instances gets one first entry and one set of summaries, and a restart loses no
 * count. The audit log stays append-only: a summary is a new entry, nothing is updated. Thread-safe.
 */
@Component
@EnableConfigurationProperties(ThrottledLogins.Window.class)
class ThrottledLogins {

    static final String ACTION = AuthenticationRecorder.LOGIN_FAILED;
    static final String REASON = "login-throttled";

    private final AuditChain chain;
    private final ThrottledLoginTallyRepository tallies;
    private final Window window;
    private final Clock clock;

    ThrottledLogins(AuditChain chain, ThrottledLoginTallyRepository tallies, Window window, Clock clock) {
        this.chain = chain;
        this.tallies = tallies;
        this.window = window;
        this.clock = clock;
    }

    /** A refused attempt of {@code subject} from {@code address}; appends an entry only when one is due. */
    void refused(String subject, String address) {
        Instant now = clock.instant();
        AuditDraft first = new AuditDraft("anonymous", ACTION, subject, REASON, address);
        String id = BoundedKey.of(first.subject() + " " + (first.address() == null ? "" : first.address()));
        tallies.takeIfPassed(id, now.minus(window.throttledLoginWindow())).ifPresent(this::recordRest);
        Tally tally = tallies.count(id, first.subject(), first.address(), now);
        if (tally.refused() == 1) {
            chain.append(first);
        } else if (tally.refused() - tally.recorded() >= window.throttledLoginSummaryEvery() && tallies.claim(tally)) {
            chain.append(summary(tally));
        }
    }

    /** Records the counts of windows that have passed. */
    @Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
    void recordPassedWindows() {
        tallies.takeAllPassed(clock.instant().minus(window.throttledLoginWindow()))
                .forEach(this::recordRest);
    }

    private void recordRest(Tally tally) {
        if (tally.refused() > tally.recorded()) {
            chain.append(summary(tally));
        }
    }

    /** An entry for the refusals counted since the last one recorded. */
    private static AuditDraft summary(Tally tally) {
        return new AuditDraft(
                "anonymous",
                ACTION,
                tally.subject(),
                REASON + " count=" + (tally.refused() - tally.recorded()) + " since=" + tally.start(),
                tally.address());
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
