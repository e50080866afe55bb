package com.masthead.staff;

import com.masthead.shared.DisplayText;
import com.masthead.shared.FieldProblem;
import com.masthead.shared.InvalidInputException;
import com.masthead.shared.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues, lists, revokes and checks API tokens. A token is {@code mh_} plus 40 random base-62 characters (about
 * 238 bits), so a plain SHA-256 at rest is enough: unlike passwords, such tokens cannot be guessed from a
 * dictionary, and a fast hash keeps every API call cheap.
 *
 * <p>Every token has an expiry ({@link ApiTokenProperties}) and an owner, the staff account it acts for: the
 * owner's channel limits apply to it and the owner's articles count as its own. A token stops working when it is
 * revoked, when it expires, or when its owner's account is deactivated. Issuing and revoking publish {@link
 * ApiTokenIssued} and {@link ApiTokenRevoked} (audited). Thread-safe.
 */
@Service
@EnableConfigurationProperties(ApiTokenProperties.class)
public class ApiTokens {

    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final int SECRET_LENGTH = 40;
    private static final int NAME_LENGTH = 60;
    private static final long TOUCH_INTERVAL_MILLIS = 60_000;

    private final ApiTokenRepository tokens;
    private final StaffAccounts accounts;
    private final ApiTokenProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<Long, Long> lastTouched = new ConcurrentHashMap<>();

    ApiTokens(
            ApiTokenRepository tokens,
            StaffAccounts accounts,
            ApiTokenProperties properties,
            ApplicationEventPublisher events,
            Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /**
     * An installation token (first start, {@code --masthead.create-token}): owned by the first active administrator,
     * default validity, issued by {@code system}. Returns its only clear-text copy.
     */
    @Transactional
    public IssuedApiToken issue(String name, StaffRole role) {
        return issue(new NewApiToken(name, role, null, null), "system");
    }

    /**
     * Creates a token and returns its only clear-text copy.
     *
     * @throws InvalidInputException naming {@code name}, {@code role}, {@code owner} or {@code expiresAt}; nothing is
     *     stored then
     */
    @Transactional
    public IssuedApiToken issue(NewApiToken request, String issuedBy) {
        Instant now = clock.instant();
        List<FieldProblem> problems = new ArrayList<>();
        String name = DisplayText.cleanLine(request.name());
        if (DisplayText.isBlank(name)) {
            problems.add(new FieldProblem("name", "api-token.name.required"));
        } else if (name.codePointCount(0, name.length()) > NAME_LENGTH) {
            problems.add(new FieldProblem("name", "api-token.name.too-long", NAME_LENGTH));
        }
        if (request.role() == null) {
            problems.add(new FieldProblem("role", "api-token.role.required"));
        }
        Optional<StaffAccount> owner = owner(request.owner(), problems);
        Instant expiresAt = request.expiresAt() == null ? now.plus(properties.defaultValidity()) : request.expiresAt();
        if (!expiresAt.isAfter(now)) {
            problems.add(new FieldProblem("expiresAt", "api-token.expires.past"));
        } else if (expiresAt.isAfter(now.plus(properties.maxValidity()))) {
            problems.add(new FieldProblem(
                    "expiresAt",
                    "api-token.expires.too-far",
                    properties.maxValidity().toDays()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String secret = newSecret();
        long id = tokens.insert(new ApiTokenRepository.IssuedRow(
                name,
                hash(secret),
                secret.substring(0, 8),
                request.role(),
                owner.map(StaffAccount::id).orElse(null),
                issuedBy,
                now.toEpochMilli(),
                expiresAt.toEpochMilli()));
        String ownerLogin = owner.map(StaffAccount::login).orElse(null);
        events.publishEvent(new ApiTokenIssued(id, name, request.role(), ownerLogin, expiresAt, issuedBy));
        return new IssuedApiToken(id, name, request.role(), secret, ownerLogin, expiresAt);
    }

    /**
     * Revokes a token from the next request on; revoking a revoked token changes nothing.
     *
     * @throws NotFoundException for an unknown id
     */
    @Transactional
    public ApiToken revoke(long id, String actor) {
        ApiToken token = find(id);
        if (tokens.revoke(id, actor, clock.millis())) {
            events.publishEvent(new ApiTokenRevoked(id, token.name(), actor));
        }
        return find(id);
    }

    /** Revokes the token with this id (all digits) or every usable token with this name; returns those revoked. */
    @Transactional
    public List<ApiToken> revokeByIdOrName(String idOrName, String actor) {
        String key = idOrName == null ? "" : idOrName.strip();
        List<Long> ids = key.matches("\\d{1,18}")
                ? tokens.find(Long.parseLong(key))
                        .filter(t -> !t.revoked())
                        .map(t -> List.of(t.id()))
                        .orElse(List.of())
                : tokens.usableIdsByName(key, clock.millis());
        return ids.stream().map(id -> revoke(id, actor)).toList();
    }

    public ApiToken find(long id) {
        return tokens.find(id).orElseThrow(() -> new NotFoundException("api-token", id));
    }

    /** Every token ever issued, newest first, revoked and expired ones included. */
    public List<ApiToken> all() {
        return tokens.all();
    }

    /** The principal for a presented token, or empty when it is unknown, malformed, revoked, expired or orphaned. */
    public Optional<ApiPrincipal> authenticate(String presented) {
        if (presented == null || !presented.startsWith("mh_") || presented.length() != SECRET_LENGTH + 3) {
            return Optional.empty();
        }
        Optional<ApiPrincipal> principal = tokens.findUsableByHash(hash(presented), clock.millis());
        principal.ifPresent(p -> touchOccasionally(p.tokenId()));
        return principal;
    }

    public boolean anyActive() {
        return tokens.countUsable(clock.millis()) > 0;
    }

    private Optional<StaffAccount> owner(String login, List<FieldProblem> problems) {
        if (DisplayText.isBlank(login)) {
            return accounts.all().stream()
                    .filter(a -> a.active() && a.has(StaffRole.ADMIN))
                    .min(Comparator.comparingLong(StaffAccount::id));
        }
        Optional<StaffAccount> owner = accounts.findByLogin(login.strip()).filter(StaffAccount::active);
        if (owner.isEmpty()) {
            problems.add(new FieldProblem("owner", "api-token.owner.unknown"));
        }
        return owner;
    }

    private String newSecret() {
        StringBuilder secret = new StringBuilder("mh_");
        for (int i = 0; i < SECRET_LENGTH; i++) {
            secret.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return secret.toString();
    }

    // Recording every use would turn each API read into a database write; once a minute is enough for audit.
    private void touchOccasionally(long id) {
        long now = clock.millis();
        Long previous = lastTouched.get(id);
        if (previous == null || now - previous > TOUCH_INTERVAL_MILLIS) {
            lastTouched.put(id, now);
            tokens.touch(id, now);
        }
    }

    static String hash(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
