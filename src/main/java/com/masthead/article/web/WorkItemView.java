package com.masthead.article.web;

/** One row of a newsroom table. {@code stale}: waiting in review for a day or more. */
public record WorkItemView(
        long id,
        String title,
        String channel,
        String status,
        String reviewState,
        String author,
        String updated,
        String age,
        boolean stale,
        String scheduled,
        String published,
        String sentBackReason,
        String url) {}
