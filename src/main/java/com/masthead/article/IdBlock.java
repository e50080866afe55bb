package com.masthead.article;

import java.time.Instant;

/**
 * One block of article ids ({@code id / blockSize}) that holds published articles, with the latest change of any
 * of them.
 */
public record IdBlock(long block, Instant lastUpdated) {}
