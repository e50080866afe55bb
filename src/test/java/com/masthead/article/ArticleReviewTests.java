package com.masthead.article;

import static com.masthead.article.ArticleContentBuilder.anArticleContent;
import static com.masthead.article.ReviewFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.masthead.shared.FieldProblem;
import com.masthead.shared.ForbiddenException;
import com.masthead.shared.InvalidInputException;
import com.masthead.staff.StaffMember;
import com.masthead.staff.StaffRole;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The three-level review (三审) as plain rules: who may sign what, when, and what a change does to sign-offs. */
class ArticleReviewTests {

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
}
