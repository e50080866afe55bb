package com.masthead.pagecache;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CacheableRequestsTests {

    @Test
    void theKeyKeepsOnlyTheParametersPagesReadAsSentAndSorted() {
        assertThat(CacheableRequests.keyedQuery(null)).isEmpty();
        assertThat(CacheableRequests.keyedQuery("x=1&utm_source=flood")).isEmpty();
        assertThat(CacheableRequests.keyedQuery("%78=1")).isEmpty();
        assertThat(CacheableRequests.keyedQuery("x=1&page=%32")).isEqualTo("page=%32");
        assertThat(CacheableRequests.keyedQuery("visible=1&x=2&page=2")).isEqualTo("page=2&visible=1");
        assertThat(CacheableRequests.keyedQuery("error")).isEqualTo("error");
    }

    @Test
    void aQueryThePageCouldReadDifferentlyHasNoKey() {
        assertThat(CacheableRequests.keyedQuery("page=1&page=2")).isNull();
        assertThat(CacheableRequests.keyedQuery("page=1&x=3&page=1")).isNull();
        assertThat(CacheableRequests.keyedQuery("p%61ge=2")).isNull();
        assertThat(CacheableRequests.keyedQuery("%61rticle=2&page=1")).isNull();
    }
}
