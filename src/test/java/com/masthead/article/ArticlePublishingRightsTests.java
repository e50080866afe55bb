package com.masthead.article;

import static com.masthead.article.ArticleContentBuilder.anArticleContent;
import static com.masthead.article.ReviewFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.shared.FieldProblem;
import com.masthead.shared.ForbiddenException;
import com.masthead.shared.InvalidInputException;
import com.masthead.staff.StaffMember;
import com.masthead.staff.StaffRole;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Who may publish, schedule and take down (PublishingRights, applied by the aggregate), people and API tokens alike. */
class ArticlePublishingRightsTests {

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
}
