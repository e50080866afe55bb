package com.masthead.comment;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits of the comment form ({@code masthead.comments.*}); every one has a safe default.
 *
 * @param maxLength longest comment, in characters (code points)
 * @param maxNicknameLength longest nickname
 * @param maxContactLength longest private contact
 * @param perAddressLimit comments one client address (an IPv6 /64) may post per {@code perAddressPeriod}
 * @param reportLimit reports one address may file per {@code perAddressPeriod}
 * @param reportersToHide distinct readers (networks: an address, an IPv6 /64) whose reports hide an approved
 *     comment until a moderator looks at it again
 * @param maxPendingPerAddress comments from one address that may wait in the queue at once
 * @param pendingRetryAfter the Retry-After sent when that cap is reached
 * @param duplicateWindow how long the same text from the same address is refused on any article (on the same
 *     article it is refused for good)
 * @param trackedClients unused since the rate buckets moved to the shared store (module {@code ratelimit}), where a
 *     bucket's row is deleted once it is full again; still bound so that existing configuration starts
 * @param pageSize comments per page on the article page and the latest comments page
 */
@ConfigurationProperties("masthead.comments")
public record CommentProperties(
        int maxLength,
        int maxNicknameLength,
        int maxContactLength,
        int perAddressLimit,
        Duration perAddressPeriod,
        int reportLimit,
        int reportersToHide,
        int maxPendingPerAddress,
        Duration pendingRetryAfter,
        Duration duplicateWindow,
        int trackedClients,
        int pageSize) {

    public CommentProperties {
        maxLength = positive(maxLength, 1000);
        maxNicknameLength = positive(maxNicknameLength, 20);
        maxContactLength = positive(maxContactLength, 100);
        perAddressLimit = positive(perAddressLimit, 5);
        perAddressPeriod = positive(perAddressPeriod, Duration.ofMinutes(10));
        reportLimit = positive(reportLimit, 10);
        reportersToHide = positive(reportersToHide, 3);
        maxPendingPerAddress = positive(maxPendingPerAddress, 10);
        pendingRetryAfter = positive(pendingRetryAfter, Duration.ofHours(1));
        duplicateWindow = positive(duplicateWindow, Duration.ofHours(24));
        trackedClients = positive(trackedClients, 100_000);
        pageSize = positive(pageSize, 10);
    }

    private static int positive(int value, int fallback) {
        return value > 0 ? value : fallback;
    }

    private static Duration positive(Duration value, Duration fallback) {
        return value != null && !value.isNegative() && !value.isZero() ? value : fallback;
    }
}
