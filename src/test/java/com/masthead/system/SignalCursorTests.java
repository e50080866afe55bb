package com.masthead.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignalCursorTests {

    @Test
    void movesOverConsecutiveIdsAndNeverHandsOutOneTwice() {
        SignalCursor cursor = new SignalCursor(10);

        assertThat(cursor.firstSight(11)).isTrue();
        assertThat(cursor.firstSight(12)).isTrue();
        assertThat(cursor.firstSight(12)).isFalse();
        cursor.advance(0);

        assertThat(cursor.mark()).isEqualTo(12);
    }

    @Test
    void waitsAtAGapUntilTheLateRowAppears() {
        SignalCursor cursor = new SignalCursor(10);
        cursor.firstSight(12);
        cursor.advance(0);
        assertThat(cursor.mark()).as("11 may still commit").isEqualTo(10);

        assertThat(cursor.firstSight(11)).isTrue();
        cursor.advance(1);
        assertThat(cursor.mark()).isEqualTo(12);
    }

    @Test
    void givesUpOnAGapAfterTheGracePeriod() {
        SignalCursor cursor = new SignalCursor(10);
        cursor.firstSight(12);
        cursor.advance(0);
        cursor.advance(SignalCursor.GAP_GRACE_NANOS);
        assertThat(cursor.mark()).isEqualTo(10);

        cursor.advance(SignalCursor.GAP_GRACE_NANOS + 1);
        assertThat(cursor.mark()).isEqualTo(12);
    }
}
