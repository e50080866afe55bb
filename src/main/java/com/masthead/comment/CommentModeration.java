package com.masthead.comment;

import com.masthead.lexicon.SensitiveWordScreen;
import com.masthead.shared.InvalidInputException;
import com.masthead.shared.NotFoundException;
import com.masthead.shared.PageRequest;
import com.masthead.shared.PageResult;
import com.masthead.shared.VersionConflictException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The moderation queue: lists comments with the lexicon terms found in them, approves and rejects (one by one or
 * up to {@link #MAX_BULK} at once), and keeps the history of who did what. Each change is one transaction; the
 * events ({@link CommentApproved}, {@link CommentRejected}, audited) are published inside it and reach the page
 * cache after the commit.
 */
@Service
public class CommentModeration {

    public static final int MAX_BULK = 100;

    private final CommentRepository comments;
    private final SensitiveWordScreen screen;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CommentModeration(
            CommentRepository comments, SensitiveWordScreen screen, ApplicationEventPublisher events, Clock clock) {
        this.comments = comments;
        this.screen = screen;
        this.events = events;
        this.clock = clock;
    }

    /** Comments matching the filter: pending ones oldest first (the order to work them), others newest first. */
    public PageResult<QueuedComment> queue(CommentFilter filter, PageRequest page) {
        return comments.queue(filter, page).map(this::queued);
    }

    /** @throws NotFoundException when there is no such comment */
    public CommentDetail find(long id) {
        CommentRepository.QueueRow row =
                comments.findWithArticle(id).orElseThrow(() -> new NotFoundException("comment", id));
        return new CommentDetail(queued(row), comments.history(id));
    }

    /**
     * @throws NotFoundException when there is no such comment
     * @throws CommentTransitionException when it is already approved
     * @throws VersionConflictException when another moderator changed it at the same moment
     */
    @Transactional
    public CommentRow approve(long id, String actor) {
        return change(id, comment -> comment.approve(actor, clock.instant()), "APPROVED", actor, null);
    }

    /**
     * @throws NotFoundException when there is no such comment
     * @throws CommentTransitionException when it is already rejected
     * @throws InvalidInputException naming {@code reason} when it is missing
     */
    @Transactional
    public CommentRow reject(long id, RejectReason reason, String note, String actor) {
        String detail = reason + (note == null || note.isBlank() ? "" : ": " + note.strip());
        return change(id, comment -> comment.reject(actor, reason, note, clock.instant()), "REJECTED", actor, detail);
    }

    /** Approves each comment that can be approved; see {@link BulkOutcome} for the rest. */
    @Transactional
    public BulkOutcome approveAll(List<Long> ids, String actor) {
        return bulk(ids, id -> approve(id, actor));
    }

    /** Rejects each comment that can be rejected, all with the same reason and note. */
    @Transactional
    public BulkOutcome rejectAll(List<Long> ids, RejectReason reason, String note, String actor) {
        if (reason == null) {
            throw new InvalidInputException("reason", "comment.reject.reason.required");
        }
        return bulk(ids, id -> reject(id, reason, note, actor));
    }

    private BulkOutcome bulk(List<Long> ids, Consumer<Long> action) {
        if (ids == null || ids.isEmpty()) {
            throw new InvalidInputException("ids", "comment.bulk.empty");
        }
        if (ids.size() > MAX_BULK) {
            throw new InvalidInputException("ids", "comment.bulk.too-many", MAX_BULK);
        }
        List<Long> done = new ArrayList<>();
        List<BulkOutcome.Skipped> skipped = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(ids)) {
            try {
                action.accept(id);
                done.add(id);
            } catch (NotFoundException e) {
                skipped.add(new BulkOutcome.Skipped(id, "not-found"));
            } catch (CommentTransitionException e) {
                skipped.add(new BulkOutcome.Skipped(id, "illegal-state"));
            } catch (VersionConflictException e) {
                skipped.add(new BulkOutcome.Skipped(id, "conflict"));
            }
        }
        return new BulkOutcome(done, skipped);
    }

    private CommentRow change(long id, Consumer<Comment> transition, String action, String actor, String detail) {
        Comment comment = comments.find(id).map(Comment::new).orElseThrow(() -> new NotFoundException("comment", id));
        transition.accept(comment);
        comments.save(comment);
        Instant now = clock.instant();
        comments.recordEvent(id, action, actor, detail, now);
        comment.events().forEach(events::publishEvent);
        return comments.find(id).orElseThrow();
    }

    private QueuedComment queued(CommentRepository.QueueRow row) {
        return new QueuedComment(
                row.comment(),
                row.articleTitle(),
                row.articleUrl(),
                screen.screen(row.comment().text()).matches());
    }
}
