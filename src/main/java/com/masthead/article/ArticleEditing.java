package com.masthead.article;

import com.masthead.settings.SiteSettingsService;
import com.masthead.shared.InvalidInputException;
import com.masthead.shared.NotFoundException;
import com.masthead.shared.VersionConflictException;
import com.masthead.staff.StaffMember;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Consumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change to an article: writing, the review levels, publishing, scheduling, taking down, restoring a
 * revision. Each method is one transaction: on any error nothing is written. Domain events are published inside
 * the transaction (the audit log records them there); other modules receive them after commit.
 *
 * <p>Every change by a person or a token passes {@link #change}, which applies the actor's channel limits
 * ({@link ChannelScope}) before the transition and again to where the transition leaves the article, so no
 * endpoint (page or API) can forget them. Who may make which transition is decided by {@link Article} itself.
 */
@Service
public class ArticleEditing {

    /** For the API's publish and unpublish, which act on whatever version is current. */
    private static final int ANY_VERSION = -1;

    private final ArticleStore store;
    private final ArticleHistoryRepository history;
    private final ArticleRepository rows;
    private final ArticleContentCleaner cleaner;
    private final ReviewPolicies policies;
    private final ChannelScope scope;
    private final SiteSettingsService settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ArticleEditing(
            ArticleStore store,
            ArticleHistoryRepository history,
            ArticleRepository rows,
            ArticleContentCleaner cleaner,
            ReviewPolicies policies,
            ChannelScope scope,
            SiteSettingsService settings,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.history = history;
        this.rows = rows;
        this.cleaner = cleaner;
        this.policies = policies;
        this.scope = scope;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /** Saves new content as a draft written by {@code author} (revision 1). */
    @Transactional
    public Article create(ArticleContent submitted, StaffMember author) {
        ArticleContent content = cleaner.clean(submitted);
        scope.require(author, content.channelId());
        checkSeriesPart(content, -1);
        long id = store.insert(Article.create(content, signed(author)));
        return load(id);
    }

    /**
     * Saves a new revision of the working copy if {@code expectedVersion} is current. For a published article
     * readers keep seeing the live version until the copy is approved and published. Voids sign-offs.
     *
     * @throws VersionConflictException when someone else saved first
     */
    @Transactional
    public Article revise(long id, int expectedVersion, ArticleContent submitted, StaffMember by) {
        return change(id, expectedVersion, by, article -> {
            ArticleContent content = cleaner.clean(submitted);
            checkSeriesPart(content, id);
            article.save(content, signed(by));
        });
    }

    @Transactional
    public Article submit(long id, int expectedVersion, StaffMember by) {
        return change(id, expectedVersion, by, a -> a.submit(signed(by)));
    }

    /**
     * Signs the level the article waits for. With {@code edited} content, saves it first as the reviewer's edit
     * (keeping the lower levels' sign-offs). At the final level, {@code responsibleEditor} (null: the signer) is
     * stored with the version, and {@code publication} says what happens next.
     */
    @Transactional
    public Article approve(long id, int expectedVersion, Approval approval, StaffMember by) {
        return change(id, expectedVersion, by, article -> approve(article, approval, by));
    }

    private void approve(Article article, Approval approval, StaffMember by) {
        ReviewLadder ladder = policies.ladderFor(article.working().channelId());
        Instant now = clock.instant();
        ArticleContent edit = null;
        if (approval.editedContent() != null) {
            edit = cleaner.clean(approval.editedContent());
            checkSeriesPart(edit, article.id());
        }
        article.approve(new Signature(by, now), ladder, new SignOff(edit, approval.responsibleEditor()));
        if (article.reviewState() == ReviewState.APPROVED) {
            if (approval.publishAt() != null) {
                article.schedule(new Signature(by, now), approval.publishAt());
            } else if (approval.publishNow()) {
                article.publishApproved(
                        new Signature(by, now), settings.current().timeZone());
            }
        }
    }

    @Transactional
    public Article sendBack(long id, int expectedVersion, String reason, StaffMember by) {
        return change(id, expectedVersion, by, a -> {
            a.sendBack(signed(by), policies.ladderFor(a.working().channelId()), reason);
        });
    }

    /** Publishes an approved copy now (the editor-in-chief's "publish" on an approved or scheduled article). */
    @Transactional
    public Article publishApproved(long id, int expectedVersion, StaffMember by) {
        return change(
                id,
                expectedVersion,
                by,
                a -> a.publishApproved(signed(by), settings.current().timeZone()));
    }

    /**
     * Publishes a scheduled article if it is still scheduled and due; false when there is nothing to do (already
     * published, rescheduled, sent back). Throws {@link VersionConflictException} when another instance got there
     * first within the same moment; its own transaction then changed nothing.
     */
    @Transactional
    public boolean publishScheduled(long id) {
        Article article = load(id);
        Instant now = clock.instant();
        if (article.reviewState() != ReviewState.SCHEDULED
                || article.scheduledAt().isAfter(now)) {
            return false;
        }
        article.publishApproved(
                new Signature(StaffMember.system(), now), settings.current().timeZone());
        save(article, article.version());
        return true;
    }

    @Transactional
    public Article schedule(long id, int expectedVersion, Instant at, StaffMember by) {
        return change(id, expectedVersion, by, a -> a.schedule(signed(by), at));
    }

    @Transactional
    public Article cancelSchedule(long id, int expectedVersion, StaffMember by) {
        return change(id, expectedVersion, by, a -> a.cancelSchedule(signed(by)));
    }

    /**
     * The API's import and wire path: publishes the working copy without review levels. {@code at} sets the public
     * time of a first publication (null means now; a future time is refused: use scheduling).
     */
    @Transactional
    public Article publishDirectly(long id, Instant at, StaffMember by) {
        return change(id, ANY_VERSION, by, article -> {
            Instant now = clock.instant();
            if (at != null && at.isAfter(now.plusSeconds(60))) {
                throw new InvalidInputException("publishedAt", "article.published-at.future");
            }
            article.publishDirectly(
                    new Signature(by, now),
                    at == null ? now : at,
                    settings.current().timeZone());
        });
    }

    @Transactional
    public Article unpublish(long id, String reason, StaffMember by) {
        return change(id, ANY_VERSION, by, article -> article.unpublish(signed(by), reason));
    }

    /**
     * Opens a working copy for a correction request accepted by the desk: a new revision of the current working
     * copy noted with {@code note} (e.g. the ticket number), in DRAFT, so the correction goes through the whole
     * review while readers keep the live version. Does nothing to the text itself.
     */
    @Transactional
    public Article openCorrection(long id, String note, String acceptedBy) {
        Article article = load(id);
        article.save(article.working(), signed(StaffMember.system()), note + " (" + acceptedBy + ")");
        return save(article, article.version());
    }

    /** Makes an old revision the working copy again (as a new revision, back to DRAFT for review). */
    @Transactional
    public Article restore(long id, int expectedVersion, int revision, StaffMember by) {
        return change(id, expectedVersion, by, article -> {
            ArticleRevision old = history.revision(id, revision)
                    .orElseThrow(() -> new NotFoundException("revision", id + "/" + revision, "revision"));
            article.save(cleaner.clean(old.content()), signed(by), "restored:" + revision);
        });
    }

    /**
     * The one path of every change by a person or token. The channel limits are checked first (a refused actor
     * learns nothing about versions), on both the live and the working copy, and again on the working copy the
     * transition leaves, so that an article cannot be moved out of the actor's channels either.
     */
    private Article change(long id, int expectedVersion, StaffMember by, Consumer<Article> transition) {
        Article article = load(id);
        scope.require(by, article.content().channelId());
        scope.require(by, article.working().channelId());
        int expected = expectedVersion == ANY_VERSION ? article.version() : expectedVersion;
        if (article.version() != expected) {
            throw new VersionConflictException("article", id, expectedVersion);
        }
        transition.accept(article);
        scope.require(by, article.working().channelId());
        return save(article, expected);
    }

    private Article save(Article article, int expectedVersion) {
        if (!store.save(article, expectedVersion, clock.instant())) {
            throw new VersionConflictException("article", article.id(), expectedVersion);
        }
        article.takeEvents().forEach(events::publishEvent);
        return load(article.id());
    }

    private Article load(long id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("article", id));
    }

    private Signature signed(StaffMember by) {
        return new Signature(by, clock.instant());
    }

    private void checkSeriesPart(ArticleContent content, long self) {
        if (content.seriesId() != null && rows.seriesPartTaken(content.seriesId(), content.seriesPart(), self)) {
            throw new InvalidInputException("seriesPart", "article.series-part.taken", content.seriesPart());
        }
    }
}
