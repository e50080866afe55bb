package com.masthead.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.masthead.shared.InvalidInputException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditFilterTests {

    @Test
    void blankCriteriaMeanNoCriterion() {
        AuditFilter filter = new AuditFilter(" ", "", null, null, null, "  ");

        assertThat(filter).isEqualTo(AuditFilter.none());
    }

    @Test
    void overlongCriteriaAreRefusedNamingTheField() {
        assertThatThrownBy(() -> new AuditFilter("x".repeat(201), null, null, null, null, null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).field()).isEqualTo("actor"));
        assertThatThrownBy(() -> new AuditFilter(null, "a".repeat(101), null, null, null, null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).field()).isEqualTo("action"));
        assertThatThrownBy(() -> new AuditFilter(null, null, null, null, null, "1".repeat(65)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).field()).isEqualTo("address"));
    }

    @Test
    void anEmptyOrReversedRangeIsRefusedOnTo() {
        Instant t = Instant.parse("2025-03-18T00:00:00Z");

        assertThatThrownBy(() -> new AuditFilter(null, null, null, t, t, null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).field()).isEqualTo("to"));
        assertThat(new AuditFilter(null, null, null, t, t.plusMillis(1), null).to())
                .isEqualTo(t.plusMillis(1));
    }

    @Test
    void anchorsNeedAPositiveSeqAndASha256Hash() {
        assertThat(new ChainAnchor(3, "AB".repeat(32)).hash()).isEqualTo("ab".repeat(32));
        assertThatThrownBy(() -> new ChainAnchor(0, "ab".repeat(32)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).field()).isEqualTo("anchorSeq"));
        assertThatThrownBy(() -> new ChainAnchor(3, "not-a-hash"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).field()).isEqualTo("anchorHash"));
    }
}
