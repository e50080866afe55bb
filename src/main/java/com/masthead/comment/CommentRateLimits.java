package com.masthead.comment;

import com.masthead.ratelimit.Allowance;
import com.masthead.ratelimit.RateLimits;
import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The comment form's budgets per client address (an IPv6 /64), for posts and for reports, refilled gradually: token
 * buckets in the shared rate-limit store ({@link RateLimits}), so every instance spends from the same budget and a
 * restart forgets nothing. There is deliberately no budget per article: a dozen addresses could use it up and close
 * an article's comments for everybody; per-address limits and moderation bound the flood instead. Thread-safe.
 */
@Component
class CommentRateLimits {

    private final RateLimits limits;
    private final Allowance posts;
    private final Allowance reports;

    CommentRateLimits(RateLimits limits, CommentProperties properties) {
        this.limits = limits;
        this.posts = new Allowance("comment-post", properties.perAddressLimit(), properties.perAddressPeriod());
        this.reports = new Allowance("comment-report", properties.reportLimit(), properties.perAddressPeriod());
    }

    /** Takes one post from the client's allowance. */
    void post(Client client) {
        take(posts, client);
    }

    /** Takes one report from the client's allowance. */
    void report(Client client) {
        take(reports, client);
    }

    private void take(Allowance allowance, Client client) {
        Optional<Duration> wait = limits.tryTake(allowance, client.limitKey());
        if (wait.isPresent()) {
            throw new CommentRefusedException(CommentRefusedException.Refusal.RATE_LIMITED, wait.get());
        }
    }
}
