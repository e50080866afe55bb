package com.masthead.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ChangeCursorTests {

    private static final long GRACE = TimeUnit.SECONDS.toNanos(60);

    @Test
    void movesOverChangesSeenInOrder() {
        ChangeCursor cursor = new ChangeCursor(4, GRACE);

        cursor.seen(5, 0);
        cursor.seen(6, 0);
        cursor.advance(0);

        assertThat(cursor.mark()).isEqualTo(6);
        assertThat(cursor.readAfter()).isEqualTo(6);
        assertThat(cursor.holes()).isEmpty();
    }

    @Test
    void stopsBelowAChangeThatCommitsLaterAndMovesOnWhenItArrives() {
        ChangeCursor cursor = new ChangeCursor(9, GRACE);

        // 11 committed before 10
        cursor.seen(11, 0);
        cursor.advance(0);

        assertThat(cursor.mark()).isEqualTo(9);
        assertThat(cursor.readAfter()).isEqualTo(11);
        assertThat(cursor.holes()).containsExactly(10L);

        cursor.seen(10, 1_000);
        cursor.advance(1_000);

        assertThat(cursor.mark()).isEqualTo(11);
        assertThat(cursor.holes()).isEmpty();
    }

    @Test
    void givesUpOnAHoleAfterTheGracePeriod() {
        ChangeCursor cursor = new ChangeCursor(0, GRACE);
        cursor.seen(1, 0);
        cursor.seen(3, 0); // 2 was rolled back and never appears
        cursor.seen(4, 0);

        cursor.advance(GRACE);
        assertThat(cursor.mark()).isEqualTo(1);

        cursor.advance(GRACE + 1);
        assertThat(cursor.mark()).isEqualTo(4);
        assertThat(cursor.holes()).isEmpty();
    }

    @Test
    void aHugeJumpIsNoHoleToWaitFor() {
        ChangeCursor cursor = new ChangeCursor(10, GRACE);

        cursor.seen(10 + ChangeCursor.MAX_HOLES + 2, 0);
        cursor.advance(0);

        assertThat(cursor.mark()).isEqualTo(10 + ChangeCursor.MAX_HOLES + 2);
    }

    @Test
    void aChangeSeenTwiceIsNotNew() {
        ChangeCursor cursor = new ChangeCursor(0, GRACE);

        assertThat(cursor.seen(2, 0)).isTrue();
        assertThat(cursor.seen(2, 0)).isFalse();
        assertThat(cursor.seen(1, 0)).isTrue();
        assertThat(cursor.seen(1, 0)).isFalse();
    }
}
