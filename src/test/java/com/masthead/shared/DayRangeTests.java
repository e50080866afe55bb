package com.masthead.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DayRangeTests {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void runsFromTheStartOfTheFirstDayToTheStartOfTheDayAfterTheLast() {
        DayRange days = DayRange.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2), SHANGHAI);

        assertThat(days.start()).isEqualTo(Instant.parse("2026-02-28T16:00:00Z"));
        assertThat(days.end()).isEqualTo(Instant.parse("2026-03-02T16:00:00Z"));
        assertThat(DayRange.of(null, null, SHANGHAI)).isEqualTo(new DayRange(null, null));
    }

    @Test
    void takesEveryDayADateFieldCanHold() {
        DayRange days = DayRange.of(DayRange.FIRST, DayRange.LAST, SHANGHAI);

        assertThat(days.start().toEpochMilli()).isNegative();
        assertThat(days.end().toEpochMilli()).isPositive();
    }

    @Test
    void refusesDaysOutsideYearsOneTo9999NamingEachField() {
        assertThatThrownBy(() -> DayRange.of(LocalDate.MIN, LocalDate.MAX, SHANGHAI))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::field)
                                .containsExactly("from", "to"));
        assertThatThrownBy(() -> DayRange.of(LocalDate.of(0, 12, 31), null, SHANGHAI))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> DayRange.of(null, LocalDate.of(10000, 1, 1), SHANGHAI))
                .isInstanceOf(InvalidInputException.class);
    }
}
