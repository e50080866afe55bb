package com.masthead.edition;

import com.masthead.shared.InvalidInputException;
import com.masthead.shared.NotFoundException;
import com.masthead.shared.Slugs;
import com.masthead.shared.VersionConflictException;
import java.time.Clock;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and changes newspapers, issues and pages. Every change publishes {@link EditionChanged}. */
@Service
public class EditionEditing {

    private final EditionRepository editions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EditionEditing(EditionRepository editions, ApplicationEventPublisher events, Clock clock) {
        this.editions = editions;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Newspaper createNewspaper(NewspaperDraft draft) {
        NewspaperDraft named = draft.slug() != null
                ? draft
                : draft.withSlug(Slugs.unique(
                        Slugs.of(draft.name(), "paper"),
                        slug -> editions.newspaperBySlug(slug).isPresent()));
        requireFreeSlug(named.slug(), null);
        long id = editions.insertNewspaper(named, clock.millis());
        events.publishEvent(new EditionChanged(id));
        return editions.newspaper(id).orElseThrow();
    }

    @Transactional
    public Newspaper updateNewspaper(long id, int version, NewspaperDraft changed) {
        Newspaper current = editions.newspaper(id).orElseThrow(() -> new NotFoundException("newspaper", id));
        NewspaperDraft draft = changed.slug() != null ? changed : changed.withSlug(current.slug());
        requireFreeSlug(draft.slug(), id);
        if (!editions.updateNewspaper(id, version, draft, clock.millis())) {
            throw new VersionConflictException("newspaper", id, version);
        }
        events.publishEvent(new EditionChanged(id));
        return editions.newspaper(id).orElseThrow();
    }

    @Transactional
    public NewspaperIssue createIssue(long newspaperId, IssueDraft draft) {
        editions.newspaper(newspaperId).orElseThrow(() -> new NotFoundException("newspaper", newspaperId));
        if (editions.issueOn(newspaperId, draft.date()).isPresent()) {
            throw new InvalidInputException("date", "issue.date.taken", draft.date());
        }
        long id = editions.insertIssue(newspaperId, draft, clock.millis());
        events.publishEvent(new EditionChanged(newspaperId));
        return editions.issue(id).orElseThrow();
    }

    @Transactional
    public NewspaperIssue updateIssue(long id, int version, IssueDraft draft) {
        NewspaperIssue issue = editions.issue(id).orElseThrow(() -> new NotFoundException("issue", id));
        editions.issueOn(issue.newspaperId(), draft.date())
                .filter(other -> other.id() != id)
                .ifPresent(other -> {
                    throw new InvalidInputException("date", "issue.date.taken", draft.date());
                });
        if (!editions.updateIssue(id, version, draft, clock.millis())) {
            throw new VersionConflictException("issue", id, version);
        }
        events.publishEvent(new EditionChanged(issue.newspaperId()));
        return editions.issue(id).orElseThrow();
    }

    /**
     * Publishes a prepared (or scheduled) issue now: readers see it at once. Publishes {@link IssuePublished}
     * (audited) and {@link EditionChanged}. Throws {@link VersionConflictException} when {@code version} is stale.
     */
    @Transactional
    public NewspaperIssue publishIssueNow(long id, int version, String actor) {
        NewspaperIssue issue = editions.issue(id).orElseThrow(() -> new NotFoundException("issue", id));
        Instant now = clock.instant();
        if (!editions.updateGoLive(id, version, IssueStatus.PUBLISHED, now, now.toEpochMilli())) {
            throw new VersionConflictException("issue", id, version);
        }
        events.publishEvent(new IssuePublished(id, issue.newspaperId(), now, actor));
        events.publishEvent(new EditionChanged(issue.newspaperId()));
        return editions.issue(id).orElseThrow();
    }

    /**
     * Keeps a prepared issue from readers until {@code at}, when {@link IssueGoLive} publishes it. Refused (field
     * {@code goLiveAt}) when {@code at} is not in the future or the issue is already published. Publishes
     * {@link IssueGoLiveScheduled} (audited).
     */
    @Transactional
    public NewspaperIssue scheduleGoLive(long id, int version, Instant at, String actor) {
        NewspaperIssue issue = editions.issue(id).orElseThrow(() -> new NotFoundException("issue", id));
        if (at == null || !at.isAfter(clock.instant())) {
            throw new InvalidInputException("goLiveAt", "issue.go-live.future");
        }
        if (issue.status() == IssueStatus.PUBLISHED) {
            throw new InvalidInputException("goLiveAt", "issue.go-live.published");
        }
        if (!editions.updateGoLive(id, version, IssueStatus.PREPARING, at, clock.millis())) {
            throw new VersionConflictException("issue", id, version);
        }
        events.publishEvent(new IssueGoLiveScheduled(id, issue.newspaperId(), at, actor));
        return editions.issue(id).orElseThrow();
    }

    /** Publishes a due issue at its go-live time (the scheduler's part); a compare-and-set on its version. */
    @Transactional
    void goLiveAsScheduled(NewspaperIssue due) {
        if (!editions.updateGoLive(due.id(), due.version(), IssueStatus.PUBLISHED, due.goLiveAt(), clock.millis())) {
            throw new VersionConflictException("issue", due.id(), due.version());
        }
        events.publishEvent(new IssuePublished(due.id(), due.newspaperId(), due.goLiveAt(), "system"));
        events.publishEvent(new EditionChanged(due.newspaperId()));
    }

    @Transactional
    public NewspaperPage createPage(long issueId, PageDraft draft) {
        NewspaperIssue issue = editions.issue(issueId).orElseThrow(() -> new NotFoundException("issue", issueId));
        if (editions.pageNumberTaken(issueId, draft.number(), null)) {
            throw new InvalidInputException("number", "page.number.taken", draft.number());
        }
        long id = editions.insertPage(issueId, draft, clock.millis());
        events.publishEvent(new EditionChanged(issue.newspaperId()));
        return editions.page(id).orElseThrow();
    }

    @Transactional
    public NewspaperPage updatePage(long id, int version, PageDraft draft) {
        NewspaperPage page = editions.page(id).orElseThrow(() -> new NotFoundException("page", id));
        if (editions.pageNumberTaken(page.issueId(), draft.number(), id)) {
            throw new InvalidInputException("number", "page.number.taken", draft.number());
        }
        if (!editions.updatePage(id, version, draft, clock.millis())) {
            throw new VersionConflictException("page", id, version);
        }
        NewspaperIssue issue = editions.issue(page.issueId()).orElseThrow();
        events.publishEvent(new EditionChanged(issue.newspaperId()));
        return editions.page(id).orElseThrow();
    }

    private void requireFreeSlug(String slug, Long self) {
        editions.newspaperBySlug(slug)
                .filter(n -> self == null || n.id() != self)
                .ifPresent(n -> {
                    throw new InvalidInputException("slug", "newspaper.slug.taken", slug);
                });
    }
}
