package com.masthead.article;

import static com.masthead.article.ArticleContentBuilder.anArticleContent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.masthead.shared.FieldProblem;
import com.masthead.shared.ForbiddenException;
import com.masthead.shared.InvalidInputException;
import com.masthead.staff.StaffMember;
import com.masthead.staff.StaffRole;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The three-level review (三审) as plain rules: who may sign what, when, and what a change does to sign-offs. */
class ArticleReviewTests {

    private static final long ID = 7L;
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant T0 = Instant.parse("2026-11-20T02:00:00Z");
    private static final Instant T1 = T0.plusSeconds(600);
    private static final Instant T2 = T0.plusSeconds(1200);

    private static final ReviewLadder THREE = new ReviewLadder(3);
    private static final ReviewLadder TWO = new ReviewLadder(2);
    private static final ReviewLadder ONE = new ReviewLadder(1);

    static final StaffMember REPORTER = member("reporter", "王记者", StaffRole.REPORTER);
    static final StaffMember OTHER_REPORTER = member("reporter2", "赵记者", StaffRole.REPORTER);
    static final StaffMember EDITOR = member("editor", "李编辑", StaffRole.EDITOR);
    static final StaffMember CHIEF = member("chief", "陈主任", StaffRole.SECTION_CHIEF);
    static final StaffMember EIC = member("eic", "周总编", StaffRole.EDITOR_IN_CHIEF);
    static final StaffMember ADMIN = member("admin", "管理员", StaffRole.ADMIN);

    @Nested
    class ThreeLevels {

        @Test
        void passesFirstSecondAndFinalReviewThenGoesLiveWithTheFinalApproverAsResponsibleEditor() {
            Article article = submitted();

            article.approve(by(EDITOR, T1), THREE);
            assertThat(article.reviewState()).isEqualTo(ReviewState.PASSED_1);
            article.approve(by(CHIEF, T1), THREE);
            assertThat(article.reviewState()).isEqualTo(ReviewState.PASSED_2);
            article.approve(by(EIC, T1), THREE);
            assertThat(article.reviewState()).isEqualTo(ReviewState.APPROVED);
            article.publishApproved(by(EIC, T2), SHANGHAI);

            assertThat(article.status()).isEqualTo(ArticleStatus.PUBLISHED);
            assertThat(article.reviewState()).isEqualTo(ReviewState.NONE);
            assertThat(article.content().responsibleEditor()).isEqualTo("周总编");
            assertThat(article.changes().steps)
                    .filteredOn(s -> s.action() == ReviewAction.APPROVED)
                    .extracting(ReviewStep::level, ReviewStep::actorLogin)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(1, "editor"),
                            org.assertj.core.groups.Tuple.tuple(2, "chief"),
                            org.assertj.core.groups.Tuple.tuple(3, "eic"));
            assertThat(article.takeEvents())
                    .filteredOn(ArticleApproved.class::isInstance)
                    .extracting(e -> ((ArticleApproved) e).finalLevel())
                    .containsExactly(false, false, true);
        }

        @Test
        void theChiefMayNameAnotherResponsibleEditorWhichIsStoredWithTheVersion() {
            Article article = passed(2);
            int before = article.workingRevision();

            article.approve(by(EIC, T1), THREE, SignOff.naming("马编辑"));

            assertThat(article.working().responsibleEditor()).isEqualTo("马编辑");
            assertThat(article.workingRevision()).isEqualTo(before + 1);
            assertThat(article.changes().voidSignOffs)
                    .as("naming the editor keeps the sign-offs")
                    .isFalse();
        }

        @Test
        void eachLevelNeedsItsOwnRole() {
            thenForbidden(submitted(), a -> a.approve(by(CHIEF, T1), THREE));
            thenForbidden(submitted(), a -> a.approve(by(EIC, T1), THREE));
            thenForbidden(passed(1), a -> a.approve(by(EDITOR, T1), THREE));
            thenForbidden(passed(1), a -> a.approve(by(EIC, T1), THREE));
            thenForbidden(passed(2), a -> a.approve(by(CHIEF, T1), THREE));
            thenForbidden(passed(2), a -> a.approve(by(ADMIN, T1), THREE));
        }

        @Test
        void theAuthorCannotApproveTheirOwnArticleEvenHoldingTheRole() {
            StaffMember writingEditor = member("reporter", "王记者", StaffRole.REPORTER, StaffRole.EDITOR);
            Article article = submitted();

            ForbiddenException e = thenForbidden(article, a -> a.approve(by(writingEditor, T1), THREE));

            assertThat(e.messageKey()).isEqualTo("review.forbidden.own-article");
        }

        @Test
        void nothingCanBeApprovedBeforeItIsSubmittedOrAfterTheFinalLevel() {
            thenIllegal(draft(), a -> a.approve(by(EDITOR, T1), THREE));
            Article approved = passed(3);
            thenIllegal(approved, a -> a.approve(by(EIC, T1), THREE));
        }
    }

    @Nested
    class LevelCountsPerChannel {

        @Test
        void oneLevelChannelsNeedOnlyTheEditorInChief() {
            Article article = submitted();
            thenForbidden(article, a -> a.approve(by(EDITOR, T1), ONE));

            article.approve(by(EIC, T1), ONE);

            assertThat(article.reviewState()).isEqualTo(ReviewState.APPROVED);
        }

        @Test
        void twoLevelChannelsGoFromTheEditorStraightToTheEditorInChief() {
            Article article = submitted();
            article.approve(by(EDITOR, T1), TWO);
            assertThat(article.reviewState()).isEqualTo(ReviewState.PASSED_1);

            thenForbidden(article, a -> a.approve(by(CHIEF, T1), TWO));
            article.approve(by(EIC, T1), TWO);

            assertThat(article.reviewState()).isEqualTo(ReviewState.APPROVED);
        }

        @ParameterizedTest
        @ValueSource(ints = {0, 4, -1})
        void aLadderHasOneToThreeLevels(int levels) {
            assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> new ReviewLadder(levels)))
                    .isNotNull();
        }
    }

    @Nested
    class SignOffsBelongToARevision {

        @Test
        void anyEditAfterASignOffVoidsItAndReturnsTheCopyToDraft() {
            Article article = passed(2);

            article.save(anArticleContent().titled("改过的标题").build(), by(EDITOR, T1));

            assertThat(article.reviewState()).isEqualTo(ReviewState.DRAFT);
            assertThat(article.changes().voidSignOffs).isTrue();
            assertThat(article.takeEvents()).contains(new ArticleEdited(ID, 2, true, "editor"));
        }

        @Test
        void anApprovedCopyThatIsEditedCannotBePublishedOnTheOldApproval() {
            Article article = passed(3);
            article.save(anArticleContent().titled("终审后又改").build(), by(EIC, T1));

            thenIllegal(article, a -> a.publishApproved(by(EIC, T2), SHANGHAI));
            assertThat(article.status()).isEqualTo(ArticleStatus.DRAFT);
        }

        @Test
        void aReviewersEditThenApproveKeepsTheLowerLevelsAndRecordsTheEdit() {
            Article article = passed(1);

            article.approve(
                    by(CHIEF, T1),
                    THREE,
                    SignOff.withEdit(anArticleContent().titled("主任改过").build()));

            assertThat(article.reviewState()).isEqualTo(ReviewState.PASSED_2);
            assertThat(article.changes().voidSignOffs).isFalse();
            assertThat(article.changes().steps)
                    .filteredOn(s -> s.action() == ReviewAction.APPROVED && s.level() == 2)
                    .singleElement()
                    .satisfies(s -> assertThat(s.edited()).isTrue());
        }

        @Test
        void reportersCannotEditWhileTheirArticleIsInReview() {
            Article article = passed(1);

            ForbiddenException e =
                    thenForbidden(article, a -> a.save(anArticleContent().build(), by(REPORTER, T1)));

            assertThat(e.messageKey()).isEqualTo("review.forbidden.edit-in-review");
        }

        @Test
        void reportersCannotEditSomeoneElsesDraft() {
            thenForbidden(draft(), a -> a.save(anArticleContent().build(), by(OTHER_REPORTER, T1)));
        }
    }

    @Nested
    class SendingBack {

        @Test
        void sendsBackWithAReasonVoidingTheSignOffsAndTheAuthorMayResubmit() {
            Article article = passed(2);

            article.sendBack(by(EIC, T1), THREE, "  数据来源需要核实  ");

            assertThat(article.reviewState()).isEqualTo(ReviewState.DRAFT);
            assertThat(article.sentBackReason()).isEqualTo("数据来源需要核实");
            assertThat(article.changes().voidSignOffs).isTrue();
            article.submit(by(REPORTER, T2));
            assertThat(article.reviewState()).isEqualTo(ReviewState.SUBMITTED);
            assertThat(article.sentBackReason()).isNull();
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "   "})
        void needsAReason(String reason) {
            Article article = submitted();

            InvalidInputException e =
                    refused(InvalidInputException.class, () -> article.sendBack(by(EDITOR, T1), THREE, reason));

            assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("reason");
            assertThat(article.reviewState()).isEqualTo(ReviewState.SUBMITTED);
        }

        @Test
        void onlySomeoneWhoCouldSignTheAwaitedLevelMaySendBack() {
            thenForbidden(passed(1), a -> a.sendBack(by(EDITOR, T1), THREE, "不行"));
            thenIllegal(draft(), a -> a.sendBack(by(EDITOR, T1), THREE, "不行"));
        }
    }

    @Nested
    class Submitting {

        @Test
        void refusesAnIncompleteReprintButNotAMissingResponsibleEditor() {
            Article incomplete = StoredArticles.draft(
                    ID,
                    anArticleContent()
                            .reprint()
                            .withOriginal(new OriginalSource("新华社", "李华", "原标题", null))
                            .build(),
                    "reporter",
                    T0);
            InvalidInputException e = refused(InvalidInputException.class, () -> incomplete.submit(by(REPORTER, T1)));
            assertThat(e.problems()).extracting(FieldProblem::field).contains("original.url");

            Article unsigned = StoredArticles.draft(
                    ID, anArticleContent().withoutResponsibleEditor().build(), "reporter", T0);
            unsigned.submit(by(REPORTER, T1));
            assertThat(unsigned.reviewState()).isEqualTo(ReviewState.SUBMITTED);
        }

        @Test
        void cannotSubmitTwice() {
            thenIllegal(submitted(), a -> a.submit(by(REPORTER, T1)));
        }
    }

    @Nested
    class PublishingAndScheduling {

        @Test
        void aCorrectionOfALiveArticleGoesThroughReviewWhileReadersKeepTheLiveVersion() {
            Article article = passed(3);
            article.publishApproved(by(EIC, T1), SHANGHAI);
            ArticleContent live = article.content();

            article.save(anArticleContent().titled("更正后的标题").build(), by(EDITOR, T2));
            article.submit(by(EDITOR, T2));
            article.approve(by(member("editor2", "孙编辑", StaffRole.EDITOR), T2), THREE);
            article.approve(by(CHIEF, T2), THREE);
            article.approve(by(EIC, T2), THREE);
            assertThat(article.content()).isEqualTo(live);

            article.publishApproved(by(EIC, T2), SHANGHAI);

            assertThat(article.content().title()).isEqualTo("更正后的标题");
            assertThat(article.hasPendingCopy()).isFalse();
            assertThat(article.publishedAt()).isEqualTo(T1);
        }

        @Test
        void schedulesOnlyApprovedCopiesInTheFutureAndOnlyByTheEditorInChief() {
            thenIllegal(passed(2), a -> a.schedule(by(EIC, T1), T2));
            thenForbidden(passed(3), a -> a.schedule(by(EDITOR, T1), T2));
            Article article = passed(3);
            InvalidInputException past = refused(InvalidInputException.class, () -> article.schedule(by(EIC, T1), T0));
            assertThat(past.problems()).extracting(FieldProblem::field).containsExactly("scheduledAt");

            article.schedule(by(EIC, T1), T2);

            assertThat(article.reviewState()).isEqualTo(ReviewState.SCHEDULED);
            assertThat(article.scheduledAt()).isEqualTo(T2);
            article.cancelSchedule(by(EIC, T1));
            assertThat(article.reviewState()).isEqualTo(ReviewState.APPROVED);
            assertThat(article.scheduledAt()).isNull();
        }

        @Test
        void onlyTheEditorInChiefOrAnImportTokenPublishesTakesDownOrCancelsASchedule() {
            StaffMember adminToken = member("api:import", "导入", StaffRole.ADMIN);
            thenForbidden(passed(3), a -> a.publishApproved(by(EDITOR, T1), SHANGHAI));
            thenForbidden(passed(3), a -> a.publishApproved(by(ADMIN, T1), SHANGHAI));
            Article scheduled = passed(3);
            scheduled.schedule(by(EIC, T1), T2);
            thenForbidden(scheduled, a -> a.cancelSchedule(by(CHIEF, T1)));
            Article live = passed(3);
            live.publishApproved(by(EIC, T1), SHANGHAI);
            refused(ForbiddenException.class, () -> live.unpublish(by(CHIEF, T2), "错误"));
            assertThat(live.status()).isEqualTo(ArticleStatus.PUBLISHED);

            live.unpublish(by(adminToken, T2), "错误");

            assertThat(live.status()).isEqualTo(ArticleStatus.UNPUBLISHED);
        }

        @Test
        void cancellingAScheduleRecordsItsOwnEventNotAScheduleWithoutATime() {
            Article article = passed(3);
            article.schedule(by(EIC, T1), T2);
            article.takeEvents();

            article.cancelSchedule(by(EIC, T1));

            assertThat(article.takeEvents())
                    .singleElement()
                    .isEqualTo(new ArticleScheduleCancelled(ID, article.workingRevision(), "eic"));
        }

        @Test
        void aScheduledCopyGoesLiveOnPublish() {
            Article article = passed(3);
            article.schedule(by(EIC, T1), T2);

            article.publishApproved(by(StaffMember.system(), T2), SHANGHAI);

            assertThat(article.status()).isEqualTo(ArticleStatus.PUBLISHED);
        }

        @Test
        void cannotPublishWhatIsNotApproved() {
            thenIllegal(passed(2), a -> a.publishApproved(by(EIC, T1), SHANGHAI));
            thenIllegal(draft(), a -> a.publishApproved(by(EIC, T1), SHANGHAI));
        }
    }

    /** API tokens follow the rules of their role, acting for their owner account. */
    @Nested
    class Tokens {

        private final StaffMember reportersToken =
                new StaffMember("api:desk", "desk", Set.of(StaffRole.REPORTER), Set.of(), "reporter");
        private final StaffMember strangersToken =
                new StaffMember("api:other", "other", Set.of(StaffRole.REPORTER), Set.of(), "someone-else");

        @Test
        void aReporterTokenEditsAndSubmitsItsOwnersDraft() {
            Article article = draft();

            article.save(anArticleContent().withoutResponsibleEditor().build(), by(reportersToken, T0));
            article.submit(by(reportersToken, T0));

            assertThat(article.reviewState()).isEqualTo(ReviewState.SUBMITTED);
        }

        @Test
        void aReporterTokenOfAnotherOwnerMayNotTouchTheDraft() {
            ForbiddenException e = thenForbidden(draft(), a -> a.submit(by(strangersToken, T0)));

            assertThat(e.messageKey()).isEqualTo("review.forbidden.edit-others");
        }

        @Test
        void aReporterTokenMayNotEditItsOwnersArticleOnceInReview() {
            ForbiddenException e =
                    thenForbidden(submitted(), a -> a.save(anArticleContent().build(), by(reportersToken, T0)));

            assertThat(e.messageKey()).isEqualTo("review.forbidden.edit-in-review");
        }
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    static Signature by(StaffMember member, Instant at) {
        return new Signature(member, at);
    }

    static StaffMember member(String login, String name, StaffRole... roles) {
        return new StaffMember(login, name, Set.of(roles), Set.of());
    }

    private static Article draft() {
        return StoredArticles.draft(
                ID, anArticleContent().withoutResponsibleEditor().build(), "reporter", T0);
    }

    private static Article submitted() {
        Article article = draft();
        article.submit(by(REPORTER, T0));
        return article;
    }

    /** Submitted and signed up to {@code levels} of a three-level ladder; its recorded changes cleared. */
    private static Article passed(int levels) {
        Article article = submitted();
        StaffMember[] signers = {EDITOR, CHIEF, EIC};
        for (int level = 1; level <= levels; level++) {
            article.approve(by(signers[level - 1], T0), THREE);
        }
        article.takeEvents();
        article.changes().clear();
        return article;
    }

    private static ForbiddenException thenForbidden(Article article, java.util.function.Consumer<Article> action) {
        ReviewState before = article.reviewState();
        int revision = article.workingRevision();
        ForbiddenException e = refused(ForbiddenException.class, () -> action.accept(article));
        assertThat(article.reviewState()).isEqualTo(before);
        assertThat(article.workingRevision()).isEqualTo(revision);
        return e;
    }

    private static void thenIllegal(Article article, java.util.function.Consumer<Article> action) {
        ReviewState before = article.reviewState();
        refused(IllegalTransitionException.class, () -> action.accept(article));
        assertThat(article.reviewState()).isEqualTo(before);
    }

    private static <T extends Throwable> T refused(Class<T> type, ThrowingCallable call) {
        T thrown = catchThrowableOfType(type, call);
        assertThat(thrown).as("expected %s", type.getSimpleName()).isNotNull();
        return thrown;
    }
}
