package com.masthead.ticket;

import com.masthead.settings.SiteSettingsService;
import com.masthead.shared.VersionConflictException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What every ticket kind's desk service does alike around its aggregate: new numbers and due dates, the site's
 * today, the requester's look-up by number and e-mail, and saving a change with the optimistic version check and
 * publishing the events it recorded (inside the transaction: the audit log records them there).
 */
@Component
public class TicketBookkeeping {

    private final TicketNumbers numbers;
    private final SiteSettingsService settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TicketBookkeeping(
            TicketNumbers numbers, SiteSettingsService settings, ApplicationEventPublisher events, Clock clock) {
        this.numbers = numbers;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /** A new ticket number with {@code prefix}, allocated inside the current transaction. */
    public String nextNumber(String prefix) {
        return numbers.next(prefix);
    }

    public Instant now() {
        return clock.instant();
    }

    /** Today in the site time zone: the day due dates and overdue marks are reckoned in. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(settings.current().timeZone()));
    }

    /**
     * The ticket with this number ({@code byNumber}), if {@code email} is the address it was sent from ({@code
     * contact}, compared ignoring case): how a requester looks a ticket up without an account. Empty for a wrong
     * number or address alike.
     */
    public <T> Optional<T> lookUp(
            String number, String email, Function<String, Optional<T>> byNumber, Function<T, Contact> contact) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return TicketNumber.normalize(number)
                .flatMap(byNumber)
                .filter(t -> contact.apply(t).email().equalsIgnoreCase(TicketInput.cleanLine(email)));
    }

    /**
     * After an update of ticket {@code id} ({@code updated} false when somebody saved in between), publishes the
     * events the change recorded.
     *
     * @throws VersionConflictException when the update was lost; nothing is published
     */
    public void saved(boolean updated, String kind, long id, DeskRecord<?> desk, List<Object> recorded) {
        if (!updated) {
            throw new VersionConflictException(kind, id, desk.version());
        }
        recorded.forEach(events::publishEvent);
    }

    /** The language of mail to the requester: {@code en} for English, else {@code zh-CN}. */
    public static String languageOf(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? "en" : "zh-CN";
    }

    /** Publishes an event of a new ticket. */
    public void publish(Object event) {
        events.publishEvent(event);
    }
}
