package com.masthead.comment;

import com.masthead.shared.DisplayText;
import com.masthead.shared.InvalidInputException;
import com.masthead.shared.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bans on commenting, by exact client address or by fingerprint, for a period. A banned client's posts are refused
 * with a neutral message. Set and lifted by moderators ({@link ClientBanned}, {@link BanLifted}, audited).
 */
@Service
public class CommentBans {

    public static final Duration LONGEST = Duration.ofDays(365);
    private static final Pattern FINGERPRINT = Pattern.compile("[0-9a-f]{64}");

    private final CommentBanRepository bans;
    private final CommentRepository comments;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CommentBans(CommentBanRepository bans, CommentRepository comments, ApplicationEventPublisher events, Clock clock) {
        this.bans = bans;
        this.comments = comments;
        this.events = events;
        this.clock = clock;
    }

    /** A ban to set: either {@code commentId} (ban whoever posted it) or {@code value} (an address or fingerprint). */
    public record Request(BanKind kind, Long commentId, String value, Duration duration, String reason) {}

    /**
     * Bans a client.
     *
     * @throws InvalidInputException naming {@code kind}, {@code value}, {@code hours} or {@code reason}
     * @throws NotFoundException naming {@code commentId} when that comment does not exist
     */
    @Transactional
    public CommentBan ban(Request request, String actor) {
        if (request.kind() == null) {
            throw new InvalidInputException("kind", "comment.ban.kind.required");
        }
        if (request.duration() == null
                || request.duration().compareTo(Duration.ofHours(1)) < 0
                || request.duration().compareTo(LONGEST) > 0) {
            throw new InvalidInputException("hours", "comment.ban.duration", LONGEST.toHours());
        }
        String reason = DisplayText.cleanLine(request.reason());
        if (reason != null && reason.codePointCount(0, reason.length()) > 200) {
            throw new InvalidInputException("reason", "comment.ban.reason.too-long", 200);
        }
        String value = target(request);
        Instant now = clock.instant();
        Instant until = now.plus(request.duration());
        long id = bans.insert(request.kind(), value, reason, now, actor, until);
        events.publishEvent(new ClientBanned(id, request.kind(), until, reason == null ? "" : reason, actor));
        return find(id);
    }

    /** @throws NotFoundException when there is no such ban */
    @Transactional
    public CommentBan lift(long id, String actor) {
        CommentBan ban = find(id);
        if (ban.liftedAt() == null) {
            bans.lift(id, clock.instant(), actor);
            events.publishEvent(new BanLifted(id, actor));
        }
        return find(id);
    }

    /** Bans in force now, newest first. */
    public List<CommentBan> active() {
        return bans.inForce(clock.instant());
    }

    /** Whether a ban in force matches the client's address or fingerprint. */
    public boolean isBanned(Client client) {
        return bans.anyInForce(client.address(), client.fingerprint(), clock.instant());
    }

    private String target(Request request) {
        if (request.commentId() != null) {
            CommentRow comment = comments.find(request.commentId())
                    .orElseThrow(() -> new NotFoundException("comment", request.commentId(), "commentId"));
            return request.kind() == BanKind.ADDRESS ? comment.clientAddress() : comment.clientFingerprint();
        }
        String value = request.value() == null ? null : request.value().strip();
        if (request.kind() == BanKind.ADDRESS) {
            String address = IpAddresses.normalize(value);
            if (address == null) {
                throw new InvalidInputException("value", "comment.ban.address.invalid");
            }
            return address;
        }
        if (value == null
                || !FINGERPRINT.matcher(value.toLowerCase(Locale.ROOT)).matches()) {
            throw new InvalidInputException("value", "comment.ban.fingerprint.invalid");
        }
        return value.toLowerCase(Locale.ROOT);
    }

    private CommentBan find(long id) {
        return bans.find(id).orElseThrow(() -> new NotFoundException("comment-ban", id));
    }
}
