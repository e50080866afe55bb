package com.masthead.edition;

import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.support.ContentFixtures;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issues going live at their time against a real database: a due issue is published (once, even with two
 * instances polling), one whose time has not come is left alone.
 */
public interface IssueGoLiveContract {

    EditionEditing editing();

    JdbcClient jdbc();

    Clock clock();

    @Test
    default void aPreparedIssueGoesLiveWhenItsTimeHasComeAndNotBefore() {
        NewspaperIssue issue = preparedIssue();
        Instant at = clock().instant().plus(Duration.ofHours(1));
        editing().scheduleGoLive(issue.id(), issue.version(), at, "go-live-test");

        IssueGoLive early = new IssueGoLive(editing(), new EditionRepository(jdbc()), clock());
        assertThat(early.publishDue()).isZero();
        assertThat(issue(issue.id()).status()).isEqualTo(IssueStatus.PREPARING);

        Clock later = Clock.offset(clock(), Duration.ofHours(2));
        IssueGoLive due = new IssueGoLive(editing(), new EditionRepository(jdbc()), later);
        IssueGoLive other = new IssueGoLive(editing(), new EditionRepository(jdbc()), later);
        int published = due.publishDue() + other.publishDue();

        assertThat(published).isGreaterThanOrEqualTo(1);
        NewspaperIssue live = issue(issue.id());
        assertThat(live.status()).isEqualTo(IssueStatus.PUBLISHED);
        assertThat(live.goLiveAt()).isEqualTo(at.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        assertThat(live.visibleAt(later.instant())).isTrue();
        assertThat(auditEntries("issue:" + issue.id())).isEqualTo(2);
    }

    @Test
    default void aGoLiveTimeInThePastIsRefusedAndNothingChanges() {
        NewspaperIssue issue = preparedIssue();
        try {
            editing()
                    .scheduleGoLive(
                            issue.id(), issue.version(), clock().instant().minusSeconds(60), "go-live-test");
            throw new AssertionError("a past go-live time was accepted");
        } catch (com.masthead.shared.InvalidInputException e) {
            assertThat(e.problems()).extracting(p -> p.field()).containsExactly("goLiveAt");
        }
        assertThat(issue(issue.id()).goLiveAt()).isNull();
    }

    private NewspaperIssue preparedIssue() {
        Newspaper paper = editing().createNewspaper(new NewspaperDraft("定时上线报", ContentFixtures.unique("golive"), ""));
        return editing().createIssue(paper.id(), new IssueDraft(LocalDate.of(2030, 1, 1), null, "preparing"));
    }

    private NewspaperIssue issue(long id) {
        return new EditionRepository(jdbc()).issue(id).orElseThrow();
    }

    private long auditEntries(String subject) {
        return jdbc().sql("select count(*) from audit_entry where subject = :s")
                .param("s", subject)
                .query(Long.class)
                .single();
    }
}
