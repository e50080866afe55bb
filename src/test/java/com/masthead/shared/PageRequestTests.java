package com.masthead.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageRequestTests {

    @Test
    void keepsSaneValues() {
        PageRequest request = new PageRequest(3, 20);

        assertThat(request.page()).isEqualTo(3);
        assertThat(request.size()).isEqualTo(20);
        assertThat(request.offset()).isEqualTo(40);
    }

    @Test
    void clampsPageToAtLeastOne() {
        assertThat(new PageRequest(0, 20).page()).isEqualTo(1);
        assertThat(new PageRequest(-5, 20).page()).isEqualTo(1);
        assertThat(new PageRequest(Integer.MIN_VALUE, 20).offset()).isZero();
    }

    @Test
    void clampsSizeBetweenOneAndTheMaximum() {
        assertThat(new PageRequest(1, 0).size()).isEqualTo(1);
        assertThat(new PageRequest(1, -1).size()).isEqualTo(1);
        assertThat(new PageRequest(1, PageRequest.MAX_SIZE).size()).isEqualTo(PageRequest.MAX_SIZE);
        assertThat(new PageRequest(1, PageRequest.MAX_SIZE + 1).size()).isEqualTo(PageRequest.MAX_SIZE);
        assertThat(new PageRequest(1, Integer.MAX_VALUE).size()).isEqualTo(PageRequest.MAX_SIZE);
    }

    @Test
    void usesFirstPageAndTheDefaultSizeForMissingParameters() {
        assertThat(PageRequest.of(null, null, 15)).isEqualTo(new PageRequest(1, 15));
        assertThat(PageRequest.of(4, null, 15)).isEqualTo(new PageRequest(4, 15));
        assertThat(PageRequest.of(null, 30, 15)).isEqualTo(new PageRequest(1, 30));
    }

    @Test
    void clampsADefaultSizeAboveTheMaximumToo() {
        assertThat(PageRequest.of(null, null, 500).size()).isEqualTo(PageRequest.MAX_SIZE);
    }

    @Test
    void computesTheOffsetWithoutIntOverflowForHugePages() {
        PageRequest request = new PageRequest(Integer.MAX_VALUE, PageRequest.MAX_SIZE);

        assertThat(request.offset()).isEqualTo((long) (Integer.MAX_VALUE - 1) * PageRequest.MAX_SIZE);
    }
}
