package com.masthead.correction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.masthead.shared.AuditedEvent;
import com.masthead.shared.InvalidInputException;
import com.masthead.ticket.Contact;
import com.masthead.ticket.DeskRecord;
import com.masthead.ticket.TicketTransitionException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CorrectionRequestTests {

    private static final Instant NOW = Instant.parse("2026-11-26T02:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-11-26");

    @Test
    void acceptingRecordsTheNoteAndAsksForAWorkingCopy() {
        CorrectionRequest request = received();

        request.accept("  第二段日期应为2024年。 ", "liu", NOW);

        assertThat(request.status()).isEqualTo(CorrectionStatus.ACCEPTED);
        assertThat(request.note()).isEqualTo("第二段日期应为2024年。");
        assertThat(request.desk().decidedBy()).isEqualTo("liu");
        assertThat(request.takeEvents())
                .containsExactly(new CorrectionAccepted(7, "JC-20261126-0001", 42, "第二段日期应为2024年。", "liu"));
    }

    @Test
    void acceptingNeedsTheNoteToPublishLater() {
        CorrectionRequest request = received();

        assertThatThrownBy(() -> request.accept(" \u0000 ", "liu", NOW))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting(p -> p.field()).containsExactly("note"));
        assertThatThrownBy(() -> request.accept("长".repeat(CorrectionRequest.NOTE_MAX + 1), "liu", NOW))
                .isInstanceOf(InvalidInputException.class);
        assertThat(request.status()).isEqualTo(CorrectionStatus.RECEIVED);
        assertThat(request.takeEvents()).isEmpty();
    }

    @Test
    void aDeclinedRequestIsFinal() {
        CorrectionRequest request = received();
        request.decline("原文无误", "liu", NOW);

        assertThat(request.takeEvents()).singleElement().isInstanceOf(CorrectionDeclined.class);
        assertThatThrownBy(() -> request.accept("改", "liu", NOW)).isInstanceOf(TicketTransitionException.class);
        assertThatThrownBy(() -> request.decline("再次", "liu", NOW)).isInstanceOf(TicketTransitionException.class);
        assertThatThrownBy(() -> request.assign("wang", "liu", NOW)).isInstanceOf(TicketTransitionException.class);
        assertThatThrownBy(() -> request.publish(NOW)).isInstanceOf(TicketTransitionException.class);
        assertThat(request.desk().isOverdue(TODAY.plusYears(1))).isFalse();
    }

    @Test
    void onlyAnAcceptedRequestIsPublishedAndOnlyOnce() {
        CorrectionRequest request = received();
        assertThatThrownBy(() -> request.publish(NOW)).isInstanceOf(TicketTransitionException.class);

        request.accept("改正日期", "liu", NOW);
        request.editNote("改正竣工日期", "wang", NOW);
        request.publish(NOW.plusSeconds(3600));

        assertThat(request.status()).isEqualTo(CorrectionStatus.PUBLISHED);
        assertThat(request.note()).isEqualTo("改正竣工日期");
        assertThat(request.publishedAt()).isEqualTo(NOW.plusSeconds(3600));
        assertThat(request.takeEvents())
                .extracting(e -> e.getClass().getSimpleName())
                .containsExactly("CorrectionAccepted", "CorrectionNoteEdited", "CorrectionPublished");
        assertThatThrownBy(() -> request.publish(NOW)).isInstanceOf(TicketTransitionException.class);
        assertThatThrownBy(() -> request.editNote("晚了", "wang", NOW)).isInstanceOf(TicketTransitionException.class);
    }

    @Test
    void assignmentAndDueDatesChangeWhileOpenAndAreAudited() {
        CorrectionRequest request = received();

        request.assign(" wang.editor ", "liu", NOW);
        request.reschedule(TODAY.minusDays(1), "liu", NOW);

        assertThat(request.desk().assignee()).isEqualTo("wang.editor");
        assertThat(request.desk().isOverdue(TODAY)).isTrue();
        assertThat(request.takeEvents())
                .allSatisfy(e -> assertThat(e).isInstanceOf(AuditedEvent.class))
                .extracting(e -> ((AuditedEvent) e).auditAction())
                .containsExactly("correction.assigned", "correction.rescheduled");
        assertThatThrownBy(() -> request.reschedule(null, "liu", NOW)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> request.assign("", "liu", NOW)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void staffActsAreAuditedWithActorAndSubject() {
        CorrectionAccepted accepted = new CorrectionAccepted(7, "JC-20261126-0001", 42, "改", "api:desk");

        assertThat(accepted.auditActor()).isEqualTo("api:desk");
        assertThat(accepted.auditSubject()).isEqualTo("correction:JC-20261126-0001");
        assertThat(new CorrectionPublished(7, "JC-20261126-0001", 42, NOW).auditActor())
                .isEqualTo("system");
    }

    private static CorrectionRequest received() {
        return new CorrectionRequest(new CorrectionRequestRow(
                7,
                "JC-20261126-0001",
                42,
                "标题",
                new Contact("张三", "某单位", "13800138000", "a@example.org"),
                "问题",
                "修改",
                null,
                "zh-CN",
                new DeskRecord<>(CorrectionStatus.RECEIVED, null, TODAY.plusDays(3), null, null, NOW, NOW, null, 0),
                null,
                null));
    }
}
