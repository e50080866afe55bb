package com.masthead.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.masthead.shared.InvalidInputException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The comment state machine: legal moves record their event, illegal ones throw and change nothing. */
class CommentTests {

    private static final Instant NOW = Instant.parse("2026-03-18T08:00:00Z");

    @Test
    void approvingAPendingCommentMakesItVisibleAndRecordsWhoDidIt() {
        Comment comment = aComment(CommentState.PENDING);

        comment.approve("api:moderator", NOW);

        assertThat(comment.state()).isEqualTo(CommentState.APPROVED);
        CommentRow row = comment.toRow();
        assertThat(row.decidedBy()).isEqualTo("api:moderator");
        assertThat(row.decidedAt()).isEqualTo(NOW);
        assertThat(comment.events()).containsExactly(new CommentApproved(7, 42, "api:moderator"));
    }

    @Test
    void rejectingNeedsAReasonAndKeepsTheNote() {
        Comment comment = aComment(CommentState.PENDING);

        assertThatThrownBy(() -> comment.reject("mod", null, null, NOW))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(
                                ((InvalidInputException) e).problems().get(0).field())
                        .isEqualTo("reason"));
        assertThat(comment.state()).isEqualTo(CommentState.PENDING);
        assertThat(comment.events()).isEmpty();

        comment.reject("mod", RejectReason.SPAM, "  广告  ", NOW);

        assertThat(comment.state()).isEqualTo(CommentState.REJECTED);
        assertThat(comment.toRow().rejectNote()).isEqualTo("广告");
        assertThat(comment.events()).containsExactly(new CommentRejected(7, 42, "mod", RejectReason.SPAM, "广告", false));
    }

    @Test
    void takingDownAnApprovedCommentSaysItWasVisible() {
        Comment comment = aComment(CommentState.APPROVED);

        comment.reject("mod", RejectReason.ABUSE, null, NOW);

        assertThat(comment.events()).containsExactly(new CommentRejected(7, 42, "mod", RejectReason.ABUSE, "", true));
    }

    @Test
    void reportsBelowTheThresholdAreCountedButHideNothing() {
        Comment comment = aComment(CommentState.APPROVED);

        comment.report(new ReaderReports(1, 3));
        comment.report(new ReaderReports(2, 3));

        assertThat(comment.state()).isEqualTo(CommentState.APPROVED);
        assertThat(comment.flagged()).isFalse();
        assertThat(comment.reportCount()).isEqualTo(2);
        assertThat(comment.events()).isEmpty();
    }

    @Test
    void theReportThatReachesTheThresholdHidesTheCommentAndFlagsItForTheQueue() {
        Comment comment = aComment(CommentState.APPROVED);

        comment.report(new ReaderReports(3, 3));

        assertThat(comment.state()).isEqualTo(CommentState.PENDING);
        assertThat(comment.flagged()).isTrue();
        assertThat(comment.reportCount()).isEqualTo(1);
        assertThat(comment.events()).containsExactly(new CommentReported(7, 42));
    }

    @Test
    void reApprovingAReportedCommentClearsTheFlag() {
        Comment comment = aComment(CommentState.APPROVED);
        comment.report(new ReaderReports(3, 3));

        comment.approve("mod", NOW);

        assertThat(comment.state()).isEqualTo(CommentState.APPROVED);
        assertThat(comment.flagged()).isFalse();
        assertThat(comment.reportCount()).isEqualTo(1);
    }

    @Test
    void aModeratorMayApproveARejectedCommentAfterAll() {
        Comment comment = aComment(CommentState.REJECTED);

        comment.approve("mod", NOW);

        assertThat(comment.state()).isEqualTo(CommentState.APPROVED);
        assertThat(comment.toRow().rejectReason()).isNull();
    }

    @Test
    void illegalMovesThrowAndChangeNothing() {
        Comment approved = aComment(CommentState.APPROVED);
        Comment rejected = aComment(CommentState.REJECTED);
        Comment pending = aComment(CommentState.PENDING);

        assertThatThrownBy(() -> approved.approve("mod", NOW)).isInstanceOf(CommentTransitionException.class);
        assertThatThrownBy(() -> rejected.reject("mod", RejectReason.SPAM, null, NOW))
                .isInstanceOf(CommentTransitionException.class);
        assertThatThrownBy(() -> pending.report(new ReaderReports(3, 3)))
                .isInstanceOf(CommentTransitionException.class);
        assertThatThrownBy(() -> rejected.report(new ReaderReports(3, 3)))
                .isInstanceOf(CommentTransitionException.class);

        assertThat(approved.state()).isEqualTo(CommentState.APPROVED);
        assertThat(rejected.state()).isEqualTo(CommentState.REJECTED);
        assertThat(pending.state()).isEqualTo(CommentState.PENDING);
        assertThat(approved.events()).isEmpty();
        assertThat(rejected.events()).isEmpty();
        assertThat(pending.events()).isEmpty();
    }

    @Test
    void postedEventSaysWhetherTheCommentIsAlreadyVisible() {
        assertThat(new CommentPosted(1, 2, 3, CommentState.APPROVED).visible()).isTrue();
        assertThat(new CommentPosted(1, 2, 3, CommentState.PENDING).visible()).isFalse();
    }

    @Test
    void staffEventsAreAudited() {
        assertThat(new CommentApproved(7, 42, "api:mod").auditSubject()).isEqualTo("comment:7");
        assertThat(new CommentRejected(7, 42, "mod", RejectReason.SPAM, "广告", false).auditDetail())
                .isEqualTo("SPAM: 广告");
    }

    private static Comment aComment(CommentState state) {
        return new Comment(new CommentRow(
                7,
                42,
                3,
                "读者",
                "写得好",
                null,
                state,
                false,
                0,
                null,
                "198.51.100.7",
                "f".repeat(64),
                NOW.minusSeconds(60),
                null,
                null,
                state == CommentState.REJECTED ? RejectReason.OTHER : null,
                null,
                0));
    }
}
