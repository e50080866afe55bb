package com.masthead.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RowsTests {

    @Test
    void readsStoredIsoDatesLikeLocalDateParse() {
        for (String text : new String[] {"2026-11-26", "1999-01-01", "2024-02-29", "0001-12-31"}) {
            assertThat(Rows.isoDate(text)).isEqualTo(LocalDate.parse(text));
        }
    }

    @Test
    void refusesWhatLocalDateParseRefuses() {
        for (String text : new String[] {"2025-02-29", "2026-13-01", "2026-1-01", "2026/11/26", "20261126", ""}) {
            assertThatThrownBy(() -> Rows.isoDate(text)).as(text).isInstanceOf(DateTimeException.class);
        }
    }
}
