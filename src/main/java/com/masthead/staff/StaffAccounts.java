package com.masthead.staff;

import com.masthead.shared.InvalidInputException;
import com.masthead.shared.NotFoundException;
import com.masthead.shared.VersionConflictException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and maintains staff accounts. Every method is one transaction and publishes a {@link
 * StaffAccountChanged} (recorded in the audit log) for each change. Passwords are only ever stored hashed.
 */
@Service
public class StaffAccounts {

    private final StaffAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StaffAccounts(
            StaffAccountRepository accounts, PasswordEncoder encoder, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.events = events;
        this.clock = clock;
    }

    /** @throws InvalidInputException when the login is taken or the password too weak */
    @Transactional
    public StaffAccount create(NewStaffAccount account, String actor) {
        if (accounts.loginTaken(account.login())) {
            throw new InvalidInputException("login", "staff.login.taken");
        }
        if (account.roles().isEmpty()) {
            throw new InvalidInputException("roles", "staff.roles.required");
        }
        PasswordPolicy.check("password", account.password(), account.login());
        long id = accounts.insert(account, encoder.encode(account.password()), clock.millis());
        events.publishEvent(
                new StaffAccountChanged("staff.created", account.login(), actor, "roles=" + sorted(account.roles())));
        return find(id);
    }

    /**
     * Creates an account for every channel with a generated password and answers that password, which is stored
     * only as a hash: the caller shows it once (the demo newsroom's accounts). It must be changed at the first
     * login, like the first admin's.
     *
     * @throws InvalidInputException when the login is taken
     */
    @Transactional
    public String createWithGeneratedPassword(StaffIdentity who, String actor) {
        String password = GeneratedPasswords.next();
        createWithOneTimePassword(
                new NewStaffAccount(who.login(), who.realName(), who.email(), who.roles(), Set.of(), password), actor);
        return password;
    }

    /**
     * Creates an account whose password was generated (the first admin): it must be changed at the first login.
     */
    @Transactional
    StaffAccount createWithOneTimePassword(NewStaffAccount account, String actor) {
        StaffAccount created = create(account, actor);
        accounts.requirePasswordChange(created.id());
        return created;
    }

    /**
     * Changes name, email, roles, channels and the active flag; refuses to remove the last active admin. A change
     * of roles or channels, or deactivating, ends the account's sessions (on every instance, at their next
     * request).
     */
    @Transactional
    public StaffAccount update(long id, int expectedVersion, StaffAccountUpdate update, String actor) {
        StaffAccount before = find(id);
        if (!accounts.update(id, update.realName(), update.email(), update.active(), expectedVersion)) {
            throw new VersionConflictException("staff", id, expectedVersion);
        }
        if (update.roles().isEmpty()) {
            throw new InvalidInputException("roles", "staff.roles.required");
        }
        accounts.replaceRoles(id, update.roles());
        accounts.replaceChannels(id, update.channelIds());
        if (!accounts.anyActiveAdmin()) {
            throw new InvalidInputException("roles", "staff.last-admin");
        }
        if (!before.roles().equals(update.roles())
                || !before.channelIds().equals(update.channelIds())
                || !update.active()) {
            accounts.endSessions(id);
        }
        if (!before.roles().equals(update.roles()) || !before.channelIds().equals(update.channelIds())) {
            events.publishEvent(new StaffAccountChanged(
                    "staff.roles-changed",
                    before.login(),
                    actor,
                    sorted(before.roles()) + " -> " + sorted(update.roles()) + ", channels "
                            + new TreeSet<>(before.channelIds()) + " -> " + new TreeSet<>(update.channelIds())));
        }
        if (before.active() != update.active()) {
            events.publishEvent(new StaffAccountChanged(
                    update.active() ? "staff.activated" : "staff.deactivated", before.login(), actor, ""));
        }
        return find(id);
    }

    /**
     * The user changes their own password, proving the current one. Ends every session of the account, the
     * caller's too: renew the caller's with {@link StaffSessions#renew} to keep it.
     */
    @Transactional
    public void changePassword(String login, String current, String replacement) {
        String hash = accounts.passwordHash(login).orElseThrow(() -> new NotFoundException("staff", login));
        if (current == null || !encoder.matches(current, hash)) {
            throw new InvalidInputException("currentPassword", "staff.password.wrong");
        }
        PasswordPolicy.check("newPassword", replacement, login);
        if (encoder.matches(replacement, hash)) {
            throw new InvalidInputException("newPassword", "staff.password.unchanged");
        }
        StaffAccount account = findByLogin(login).orElseThrow();
        accounts.updatePassword(account.id(), encoder.encode(replacement), clock.millis(), false);
        events.publishEvent(new StaffAccountChanged("staff.password-changed", login, login, ""));
    }

    /**
     * An admin resets someone's password; returns the new one-time password to hand over. The account's sessions
     * end, and the password must be changed at the next login.
     */
    @Transactional
    public String resetPassword(long id, String actor) {
        StaffAccount account = find(id);
        String password = GeneratedPasswords.next();
        accounts.updatePassword(id, encoder.encode(password), clock.millis(), true);
        events.publishEvent(new StaffAccountChanged("staff.password-reset", account.login(), actor, ""));
        return password;
    }

    /** Ends every session of the account, the caller's too: renew the caller's with {@link StaffSessions#renew}. */
    @Transactional
    public void endSessions(String login) {
        StaffAccount account = findByLogin(login).orElseThrow(() -> new NotFoundException("staff", login));
        accounts.endSessions(account.id());
        events.publishEvent(new StaffAccountChanged("staff.sessions-ended", login, login, ""));
    }

    /** Whether the account still has a generated or reset password that must be changed before anything else. */
    public boolean mustChangePassword(String login) {
        return accounts.sessionState(login)
                .map(StaffAccountRepository.SessionState::mustChangePassword)
                .orElse(false);
    }

    public StaffAccount find(long id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("staff", id));
    }

    public Optional<StaffAccount> findByLogin(String login) {
        return accounts.findByLogin(login);
    }

    public List<StaffAccount> all() {
        return accounts.findAll();
    }

    boolean anyActiveAdmin() {
        return accounts.anyActiveAdmin();
    }

    private static String sorted(Set<StaffRole> roles) {
        return new TreeSet<>(roles).toString();
    }
}
