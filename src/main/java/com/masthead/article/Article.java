package com.masthead.article;

import com.masthead.shared.ForbiddenException;
import com.masthead.shared.InvalidInputException;
import com.masthead.staff.StaffMember;
import com.masthead.staff.StaffRole;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The article aggregate with two state machines. {@link ArticleStatus} is what readers see (DRAFT → PUBLISHED ⇄
 * UNPUBLISHED). {@link ReviewState} is where the working copy stands in the review (DRAFT → SUBMITTED → PASSED_1 →
 * PASSED_2 → APPROVED → published now or SCHEDULED). While a published article is corrected, {@link #content()}
 * stays what readers see and {@link #working()} holds the copy under review; the live content is replaced only
 * when the copy is approved and published.
 *
 * <p>Sign-offs belong to a revision: any save of new content voids them and returns the copy to DRAFT, except a
 * reviewer's "edit, then approve", which keeps the lower levels' sign-offs and records the edit. Transition
 * methods check their rules and throw ({@link IllegalTransitionException}, {@link InvalidInputException}, {@link
 * ForbiddenException}) before changing anything; they record events, review steps and revisions for the service to
 * save. Not thread-safe: load, change and save it within one transaction.
 */
public final class Article {

    private final long id;
    private final Instant createdAt;
    private final String authorLogin;
    private ArticleContent content;
    private ArticleContent working;
    private ArticleStatus status;
    private Instant updatedAt;
    private Instant publishedAt;
    private LocalDate urlDate;
    private String unpublishReason;
    private int version;
    private final ReviewProgress review;
    private final List<ArticleEvent> events = new ArrayList<>();
    private final ArticleChanges changes = new ArticleChanges();

    Article(ArticleRow row, ArticleContent working) {
        this.id = row.id();
        this.content = Objects.requireNonNull(row.content());
        this.working = working == null ? row.content() : working;
        this.status = Objects.requireNonNull(row.status());
        this.createdAt = row.createdAt();
        this.updatedAt = row.updatedAt();
        this.publishedAt = row.publishedAt();
        this.urlDate = row.urlDate();
        this.unpublishReason = row.unpublishReason();
        this.version = row.version();
        this.authorLogin = row.authorLogin();
        this.review = row.review();
    }

    /**
     * A new article, not yet stored (its id is 0 until {@link ArticleStore#insert} gives it one): a DRAFT whose
     * first revision is {@code content}, written by the signer.
     */
    static Article create(ArticleContent content, Signature signature) {
        Instant now = signature.at();
        Article article = new Article(
                new ArticleRow(
                        0,
                        content,
                        ArticleStatus.DRAFT,
                        now,
                        now,
                        null,
                        null,
                        null,
                        0,
                        signature.by().login(),
                        new ReviewProgress(ReviewState.DRAFT, 1, 1, null, null)),
                null);
        article.changes.revisions.add(new ArticleChanges.NewRevision(1, content, signature.by(), null));
        article.step(ReviewAction.SAVED, null, signature.by(), null, false, now);
        return article;
    }

    // ---- editing ------------------------------------------------------------------------------------------------

    /**
     * Saves {@code revised} as the next revision of the working copy. For an article readers cannot see, the
     * stored content changes too; for a published one only the working copy does. Voids the sign-offs and returns
     * the copy to DRAFT.
     */
    void save(ArticleContent revised, Signature signature) {
        save(revised, signature, null);
    }

    /** As {@link #save(ArticleContent, Signature)}, with a note on the revision (a restore, a correction ticket). */
    void save(ArticleContent revised, Signature signature, String note) {
        save(revised, signature.by(), signature.at(), note, false);
    }

    /**
     * A reviewer's own change during the review ("edit, then approve", the responsible editor written in at the
     * final level): keeps the lower levels' sign-offs and the review state.
     */
    private void saveInReview(ArticleContent revised, Signature signature, String note) {
        save(revised, signature.by(), signature.at(), note, true);
    }

    private void save(ArticleContent revised, StaffMember by, Instant now, String note, boolean keepSignOffs) {
        checkMayEdit(by);
        ArticleContent previousLive = content;
        boolean hadReview = review.state != ReviewState.NONE && review.state != ReviewState.DRAFT;
        working = revised;
        review.workingRevision++;
        changes.revisions.add(new ArticleChanges.NewRevision(review.workingRevision, revised, by, note));
        if (status != ArticleStatus.PUBLISHED) {
            content = revised;
            review.liveRevision = review.workingRevision;
        }
        boolean voided = hadReview && !keepSignOffs;
        if (!keepSignOffs) {
            review.state = ReviewState.DRAFT;
            review.scheduledAt = null;
            changes.voidSignOffs = true;
        }
        updatedAt = now;
        step(ReviewAction.SAVED, null, by, note, false, now);
        events.add(new ArticleEdited(id, review.workingRevision, voided, by.login()));
        if (status != ArticleStatus.PUBLISHED) {
            events.add(revisedEvent(previousLive, false));
        }
    }

    /**
     * Who may change the text: reporters their own drafts; editors and above any article; the system (scheduled
     * jobs, a correction ticket opening a working copy) anything. An API token follows the rule of its role, with
     * its owner's articles as its own; an ADMIN token (the import and wire path) edits any article.
     */
    void checkMayEdit(StaffMember by) {
        if (by.isSystem()
                || by.hasAny(StaffRole.EDITOR, StaffRole.SECTION_CHIEF, StaffRole.EDITOR_IN_CHIEF)
                || (by.isApiToken() && by.has(StaffRole.ADMIN))) {
            return;
        }
        if (!by.has(StaffRole.REPORTER) || !by.owns(authorLogin)) {
            throw new ForbiddenException("review.forbidden.edit-others");
        }
        if (review.state != ReviewState.DRAFT && review.state != ReviewState.NONE) {
            throw new ForbiddenException("review.forbidden.edit-in-review");
        }
    }

    // ---- review -------------------------------------------------------------------------------------------------

    /** Sends the working copy to the first review level. Everything but the responsible editor must be in order. */
    void submit(Signature signature) {
        StaffMember by = signature.by();
        boolean unchangedSinceLive = review.state == ReviewState.NONE && status != ArticleStatus.PUBLISHED;
        if (review.state != ReviewState.DRAFT && !unchangedSinceLive) {
            throw new IllegalTransitionException(review.state, "submit");
        }
        checkMayEdit(by);
        var problems = PublishingRules.check(working).stream()
                .filter(p -> !"responsibleEditor".equals(p.field()))
                .toList();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        review.state = ReviewState.SUBMITTED;
        review.sentBackReason = null;
        step(ReviewAction.SUBMITTED, null, by, null, false, signature.at());
        events.add(new ArticleSubmitted(id, review.workingRevision, by.login()));
    }

    /** Signs the awaited level as it stands; at the final level the signer becomes the responsible editor. */
    void approve(Signature signature, ReviewLadder ladder) {
        approve(signature, ladder, SignOff.asIs());
    }

    /**
     * Signs the awaited level, first saving the reviewer's edit if the sign-off carries one (keeping the lower
     * levels' sign-offs). The signer must hold that level's role and must not be the author. At the final level
     * the responsible editor (责任编辑) becomes the sign-off's, or the signer's real name when it names none, and
     * the copy must satisfy every publishing rule.
     */
    void approve(Signature signature, ReviewLadder ladder, SignOff signOff) {
        if (signOff.edited()) {
            saveInReview(signOff.edit(), signature, "edit-and-approve");
        }
        StaffMember by = signature.by();
        String responsibleEditor = signOff.responsibleEditor();
        boolean edited = signOff.edited();
        int level = review.state.awaitedLevel();
        if (level == 0 || level > ladder.levels()) {
            throw new IllegalTransitionException(review.state, "approve");
        }
        checkMaySign(by, ladder, level);
        if (ladder.isFinal(level)) {
            String editor = responsibleEditor == null || responsibleEditor.isBlank()
                    ? by.realName()
                    : responsibleEditor.strip();
            if (!editor.equals(working.responsibleEditor())) {
                ArticleContent signed = working.withResponsibleEditor(editor);
                var problems = PublishingRules.check(signed);
                if (!problems.isEmpty()) {
                    throw new InvalidInputException(problems);
                }
                saveInReview(signed, signature, "responsible-editor");
            } else if (!PublishingRules.check(working).isEmpty()) {
                throw new InvalidInputException(PublishingRules.check(working));
            }
            review.state = ReviewState.APPROVED;
        } else {
            review.state = ReviewState.passed(level);
        }
        step(ReviewAction.APPROVED, level, by, null, edited, signature.at());
        events.add(new ArticleApproved(id, review.workingRevision, level, ladder.isFinal(level), edited, by.login()));
    }

    /** Returns the copy to its author with a reason; every sign-off on it is void. */
    void sendBack(Signature signature, ReviewLadder ladder, String reason) {
        StaffMember by = signature.by();
        int level = review.state.awaitedLevel();
        if (review.state == ReviewState.APPROVED || review.state == ReviewState.SCHEDULED) {
            level = ladder.levels();
        }
        if (level == 0) {
            throw new IllegalTransitionException(review.state, "send-back");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "review.reason.required");
        }
        checkMaySign(by, ladder, Math.min(level, ladder.levels()));
        review.state = ReviewState.DRAFT;
        review.sentBackReason = reason.strip();
        review.scheduledAt = null;
        changes.voidSignOffs = true;
        step(ReviewAction.SENT_BACK, level, by, review.sentBackReason, false, signature.at());
        events.add(new ArticleSentBack(id, review.workingRevision, level, review.sentBackReason, by.login()));
    }

    private void checkMaySign(StaffMember by, ReviewLadder ladder, int level) {
        if (!by.has(ladder.roleFor(level))) {
            throw new ForbiddenException(
                    "review.forbidden.role", ladder.roleFor(level).name());
        }
        if (by.owns(authorLogin)) {
            throw new ForbiddenException("review.forbidden.own-article");
        }
    }

    // ---- publishing: who may is decided by PublishingRights -----------------------------------------------------

    /** Publishes the approved working copy now: first publication, re-publication, or a corrected version. */
    void publishApproved(Signature signature, ZoneId zone) {
        StaffMember by = signature.by();
        Instant now = signature.at();
        PublishingRights.check(by);
        if (review.state != ReviewState.APPROVED && review.state != ReviewState.SCHEDULED) {
            throw new IllegalTransitionException(review.state, "publish");
        }
        goLive(by, now, now, zone);
    }

    /**
     * The import and wire path of the API: a token with the editor-in-chief's or admin's role publishes the
     * working copy without the review levels (recorded as such in the review history and the audit log).
     */
    void publishDirectly(Signature signature, Instant at, ZoneId zone) {
        StaffMember by = signature.by();
        PublishingRights.check(by);
        if (status == ArticleStatus.PUBLISHED && !hasPendingCopy()) {
            throw new IllegalTransitionException(status, "publish");
        }
        goLive(by, at, signature.at(), zone);
    }

    private void goLive(StaffMember by, Instant at, Instant now, ZoneId zone) {
        var problems = PublishingRules.check(working);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        ArticleContent previousLive = content;
        boolean replacing = status == ArticleStatus.PUBLISHED;
        content = working;
        review.liveRevision = review.workingRevision;
        review.state = ReviewState.NONE;
        review.scheduledAt = null;
        if (publishedAt == null) {
            publishedAt = at;
            urlDate = LocalDate.ofInstant(at, zone);
        }
        status = ArticleStatus.PUBLISHED;
        unpublishReason = null;
        updatedAt = now;
        step(ReviewAction.PUBLISHED, null, by, by.isApiToken() ? "api" : null, false, now);
        if (replacing) {
            events.add(revisedEvent(previousLive, true));
        }
        events.add(new ArticlePublished(id, content.channelId(), content.seriesId(), content.pageId(), by.login()));
    }

    /** Publishes the approved copy at {@code at} (in the future) instead of now. */
    void schedule(Signature signature, Instant at) {
        StaffMember by = signature.by();
        Instant now = signature.at();
        PublishingRights.check(by);
        if (review.state != ReviewState.APPROVED && review.state != ReviewState.SCHEDULED) {
            throw new IllegalTransitionException(review.state, "schedule");
        }
        if (at == null || !at.isAfter(now)) {
            throw new InvalidInputException("scheduledAt", "review.schedule.future");
        }
        review.state = ReviewState.SCHEDULED;
        review.scheduledAt = at;
        step(ReviewAction.SCHEDULED, null, by, at.toString(), false, now);
        events.add(new ArticleScheduled(id, review.workingRevision, at, by.login()));
    }

    void cancelSchedule(Signature signature) {
        StaffMember by = signature.by();
        PublishingRights.check(by);
        if (review.state != ReviewState.SCHEDULED) {
            throw new IllegalTransitionException(review.state, "cancel-schedule");
        }
        review.state = ReviewState.APPROVED;
        review.scheduledAt = null;
        step(ReviewAction.SCHEDULE_CANCELLED, null, by, null, false, signature.at());
        events.add(new ArticleScheduleCancelled(id, review.workingRevision, by.login()));
    }

    /** Takes a published article down; the reason is kept for the newsroom, never shown to readers. */
    void unpublish(Signature signature, String reason) {
        StaffMember by = signature.by();
        Instant now = signature.at();
        PublishingRights.check(by);
        if (status != ArticleStatus.PUBLISHED) {
            throw new IllegalTransitionException(status, "unpublish");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "article.unpublish.reason.required");
        }
        status = ArticleStatus.UNPUBLISHED;
        unpublishReason = reason.strip();
        updatedAt = now;
        step(ReviewAction.UNPUBLISHED, null, by, unpublishReason, false, now);
        events.add(new ArticleUnpublished(
                id, content.channelId(), content.seriesId(), content.pageId(), unpublishReason, by.login()));
    }

    private ArticleRevised revisedEvent(ArticleContent previous, boolean live) {
        return new ArticleRevised(
                id,
                live,
                content.channelId(),
                content.seriesId(),
                content.pageId(),
                previous.channelId(),
                previous.seriesId(),
                previous.pageId(),
                previous.leadImage() == null && content.leadImage() != null);
    }

    private void step(ReviewAction action, Integer level, StaffMember by, String reason, boolean edited, Instant at) {
        changes.steps.add(new ReviewStep(
                review.workingRevision, action, level, by.login(), by.realName(), reason, edited, true, at));
    }

    /**
     * The working copy dressed as a published article, for the preview that must look exactly like the public
     * page: the live publication time and address if there are any, else {@code now}.
     */
    public Article previewOfWorkingCopy(Instant now, ZoneId zone) {
        Instant at = publishedAt == null ? now : publishedAt;
        return new Article(
                new ArticleRow(
                        id,
                        working,
                        ArticleStatus.PUBLISHED,
                        createdAt,
                        updatedAt,
                        at,
                        urlDate == null ? LocalDate.ofInstant(at, zone) : urlDate,
                        null,
                        version,
                        authorLogin,
                        new ReviewProgress(review.state, review.workingRevision, review.workingRevision, null, null)),
                null);
    }

    // ---- bookkeeping --------------------------------------------------------------------------------------------

    List<ArticleEvent> takeEvents() {
        List<ArticleEvent> taken = List.copyOf(events);
        events.clear();
        return taken;
    }

    ArticleChanges changes() {
        return changes;
    }

    void markSaved() {
        version++;
    }

    // ---- reading ------------------------------------------------------------------------------------------------

    public long id() {
        return id;
    }

    /** What readers see (or would see: for an article never published, the latest draft). */
    public ArticleContent content() {
        return content;
    }

    /** The copy being written and reviewed; the same as {@link #content()} unless {@link #hasPendingCopy()}. */
    public ArticleContent working() {
        return working;
    }

    /** A published article with a correction in progress: readers still see the previous version. */
    public boolean hasPendingCopy() {
        return status == ArticleStatus.PUBLISHED && review.workingRevision > review.liveRevision;
    }

    public ArticleStatus status() {
        return status;
    }

    public ReviewState reviewState() {
        return review.state;
    }

    public int workingRevision() {
        return review.workingRevision;
    }

    public int liveRevision() {
        return review.liveRevision;
    }

    /** When a scheduled article goes live; null unless {@link ReviewState#SCHEDULED}. */
    public Instant scheduledAt() {
        return review.scheduledAt;
    }

    /** Why a reviewer sent the copy back; null once it is submitted again. */
    public String sentBackReason() {
        return review.sentBackReason;
    }

    /** The login of whoever created the article ({@code api:<token>} for the API); null for imported rows. */
    public String authorLogin() {
        return authorLogin;
    }

    public boolean isPublished() {
        return status == ArticleStatus.PUBLISHED;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** When readers first saw it; null until the first publication. */
    public Instant publishedAt() {
        return publishedAt;
    }

    /** The date in the public URL, fixed at first publication; null before. */
    public LocalDate urlDate() {
        return urlDate;
    }

    public String unpublishReason() {
        return unpublishReason;
    }

    public int version() {
        return version;
    }

    /** The public address, {@code /news/2025/03/18/42.html}; null for an article never published. */
    public String url() {
        return ArticleUrls.of(id, urlDate);
    }
}
