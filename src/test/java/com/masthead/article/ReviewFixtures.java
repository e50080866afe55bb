package com.masthead.article;

import static com.masthead.article.ArticleContentBuilder.anArticleContent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.masthead.shared.ForbiddenException;
import com.masthead.staff.StaffMember;
import com.masthead.staff.StaffRole;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** The people, ladders, moments and articles of the review tests, and their given/then helpers. */
final class ReviewFixtures {

    private ReviewFixtures() {}

    static final long ID = 7L;
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Instant T0 = Instant.parse("2026-11-20T02:00:00Z");
    static final Instant T1 = T0.plusSeconds(600);
    static final Instant T2 = T0.plusSeconds(1200);

    static final ReviewLadder THREE = new ReviewLadder(3);
    static final ReviewLadder TWO = new ReviewLadder(2);
    static final ReviewLadder ONE = new ReviewLadder(1);

    static final StaffMember REPORTER = member("reporter", "王记者", StaffRole.REPORTER);
    static final StaffMember OTHER_REPORTER = member("reporter2", "赵记者", StaffRole.REPORTER);
    static final StaffMember EDITOR = member("editor", "李编辑", StaffRole.EDITOR);
    static final StaffMember CHIEF = member("chief", "陈主任", StaffRole.SECTION_CHIEF);
    static final StaffMember EIC = member("eic", "周总编", StaffRole.EDITOR_IN_CHIEF);
    static final StaffMember ADMIN = member("admin", "管理员", StaffRole.ADMIN);

    static Signature by(StaffMember member, Instant at) {
        return new Signature(member, at);
    }

    static StaffMember member(String login, String name, StaffRole... roles) {
        return new StaffMember(login, name, Set.of(roles), Set.of());
    }

    static Article draft() {
        return StoredArticles.draft(
                ID, anArticleContent().withoutResponsibleEditor().build(), "reporter", T0);
    }

    static Article submitted() {
        Article article = draft();
        article.submit(by(REPORTER, T0));
        return article;
    }

    /** Submitted and signed up to {@code levels} of a three-level ladder; its recorded changes cleared. */
    static Article passed(int levels) {
        Article article = submitted();
        StaffMember[] signers = {EDITOR, CHIEF, EIC};
        for (int level = 1; level <= levels; level++) {
            article.approve(by(signers[level - 1], T0), THREE);
        }
        article.takeEvents();
        article.changes().clear();
        return article;
    }

    static ForbiddenException thenForbidden(Article article, java.util.function.Consumer<Article> action) {
        ReviewState before = article.reviewState();
        int revision = article.workingRevision();
        ForbiddenException e = refused(ForbiddenException.class, () -> action.accept(article));
        assertThat(article.reviewState()).isEqualTo(before);
        assertThat(article.workingRevision()).isEqualTo(revision);
        return e;
    }

    static void thenIllegal(Article article, java.util.function.Consumer<Article> action) {
        ReviewState before = article.reviewState();
        refused(IllegalTransitionException.class, () -> action.accept(article));
        assertThat(article.reviewState()).isEqualTo(before);
    }

    static <T extends Throwable> T refused(Class<T> type, ThrowingCallable call) {
        T thrown = catchThrowableOfType(type, call);
        assertThat(thrown).as("expected %s", type.getSimpleName()).isNotNull();
        return thrown;
    }
}
