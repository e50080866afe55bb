package com.masthead.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TicketNumberTests {

    @Test
    void numbersCarryPrefixDayAndAFourDigitSequence() {
        assertThat(TicketNumber.format("JC", LocalDate.parse("2026-11-26"), 7)).isEqualTo("JC-20261126-0007");
        assertThat(TicketNumber.format("ZZ", LocalDate.parse("2026-01-02"), 12345))
                .isEqualTo("ZZ-20260102-12345");
    }

    @Test
    void whatReadersTypeIsNormalized() {
        assertThat(TicketNumber.normalize(" jc-20261126-0007 ")).hasValue("JC-20261126-0007");
        assertThat(TicketNumber.normalize("ＪＣ－２０２６１１２６－０００７")).hasValue("JC-20261126-0007");
        assertThat(TicketNumber.normalize("JC – 20261126 — 0007")).hasValue("JC-20261126-0007");
    }

    @Test
    void anythingElseIsNoNumber() {
        assertThat(TicketNumber.normalize(null)).isEmpty();
        assertThat(TicketNumber.normalize("JC-2026-0007")).isEmpty();
        assertThat(TicketNumber.normalize("' or 1=1 --")).isEmpty();
        assertThat(TicketNumber.normalize("JC-20261126-0007".repeat(5))).isEmpty();
    }
}
