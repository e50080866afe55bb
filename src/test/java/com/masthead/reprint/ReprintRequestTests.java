package com.masthead.reprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.masthead.shared.FieldProblem;
import com.masthead.shared.InvalidInputException;
import com.masthead.ticket.Contact;
import com.masthead.ticket.DeskRecord;
import com.masthead.ticket.TicketTransitionException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReprintRequestTests {

    private static final Instant NOW = Instant.parse("2026-11-26T02:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-11-26");

    @Test
    void aGrantHasTermsAndAValidityPeriod() {
        ReprintRequest request = received();

        request.grant("注明来源", TODAY, TODAY.plusMonths(3), TODAY, "zhou", NOW);

        assertThat(request.status()).isEqualTo(ReprintStatus.GRANTED);
        assertThat(request.isValidOn(TODAY.plusMonths(3))).isTrue();
        assertThat(request.isValidOn(TODAY.plusMonths(3).plusDays(1))).isFalse();
        assertThat(request.isValidOn(TODAY.minusDays(1))).isFalse();
        assertThat(request.takeEvents())
                .containsExactly(new ReprintGranted(
                        3, "ZZ-20261126-0002", "晚报", List.of(11L, 12L), TODAY, TODAY.plusMonths(3), "zhou"));
    }

    @Test
    void aGrantNamesEveryMissingOrWrongPartAtOnce() {
        ReprintRequest request = received();

        assertThatThrownBy(() -> request.grant(" ", null, null, TODAY, "zhou", NOW))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::field)
                                .containsExactly("terms", "validFrom", "validUntil"));
        assertThatThrownBy(() -> request.grant("条件", TODAY, TODAY.minusDays(1), TODAY, "zhou", NOW))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::messageKey)
                                .containsExactly("reprint.valid-until.before-start"));
        assertThatThrownBy(() -> request.grant("条件", TODAY.minusYears(1), TODAY.minusDays(1), TODAY, "zhou", NOW))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::messageKey)
                                .containsExactly("reprint.valid-until.past"));
        assertThat(request.status()).isEqualTo(ReprintStatus.RECEIVED);
        assertThat(request.takeEvents()).isEmpty();
    }

    @Test
    void decisionsAreFinal() {
        ReprintRequest granted = received();
        granted.grant("条件", TODAY, TODAY, TODAY, "zhou", NOW);
        ReprintRequest declined = received();
        declined.decline("涉及第三方版权", "zhou", NOW);

        assertThatThrownBy(() -> granted.decline("改主意", "zhou", NOW)).isInstanceOf(TicketTransitionException.class);
        assertThatThrownBy(() -> granted.grant("条件", TODAY, TODAY, TODAY, "zhou", NOW))
                .isInstanceOf(TicketTransitionException.class);
        assertThatThrownBy(() -> declined.grant("条件", TODAY, TODAY, TODAY, "zhou", NOW))
                .isInstanceOf(TicketTransitionException.class);
        assertThatThrownBy(() -> declined.reschedule(TODAY, "zhou", NOW)).isInstanceOf(TicketTransitionException.class);
        assertThat(declined.desk().decisionReason()).isEqualTo("涉及第三方版权");
        assertThat(declined.isValidOn(TODAY)).isFalse();
    }

    @Test
    void aDeclineNeedsAReason() {
        ReprintRequest request = received();

        assertThatThrownBy(() -> request.decline(null, "zhou", NOW)).isInstanceOf(InvalidInputException.class);
        assertThat(request.status()).isEqualTo(ReprintStatus.RECEIVED);
    }

    @Test
    void openRequestsPastTheirDueDateAreOverdue() {
        ReprintRequest request = received();

        assertThat(request.desk().isOverdue(TODAY.plusDays(5))).isFalse();
        assertThat(request.desk().isOverdue(TODAY.plusDays(6))).isTrue();
        request.decline("不授权", "zhou", NOW);
        assertThat(request.desk().isOverdue(TODAY.plusDays(6))).isFalse();
    }

    @Test
    void aRequestThatNamesNoArticleCannotBeGranted() {
        // stored before a list of only separators was refused at submission
        ReprintRequest request = received(List.of());

        assertThatThrownBy(() -> request.grant("注明来源", TODAY, TODAY.plusMonths(3), TODAY, "zhou", NOW))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::field)
                                .containsExactly("articles"));
        assertThat(request.status()).isEqualTo(ReprintStatus.RECEIVED);
    }

    private static ReprintRequest received() {
        return received(List.of(new ReprintArticle(11, "一"), new ReprintArticle(12, "二")));
    }

    private static ReprintRequest received(List<ReprintArticle> articles) {
        return new ReprintRequest(new ReprintRequestRow(
                3,
                "ZZ-20261126-0002",
                new Contact("李四", "晚报", "13800138000", "b@example.org"),
                ReprintMedium.NEWSPAPER,
                "全文转载",
                articles,
                "zh-CN",
                new DeskRecord<>(ReprintStatus.RECEIVED, null, TODAY.plusDays(5), null, null, NOW, NOW, null, 0),
                null,
                null,
                null));
    }
}
