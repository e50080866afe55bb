package com.masthead.article;

/** Where an article stands. Only {@link #PUBLISHED} articles are visible to readers. */
public enum ArticleStatus {
    DRAFT,
    PUBLISHED,
    /** Taken down with a reason; its URL answers 410 Gone. */
    UNPUBLISHED
}
