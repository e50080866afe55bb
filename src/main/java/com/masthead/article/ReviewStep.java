package com.masthead.article;

import java.time.Instant;

/**
 * One step of an article's review history, bound to the revision it concerns. A sign-off is an {@link
 * ReviewAction#APPROVED} step; {@code valid} turns false when a later change voids it. {@code edited} marks a
 * reviewer's "edit, then approve".
 */
public record ReviewStep(
        int revision,
        ReviewAction action,
        Integer level,
        String actorLogin,
        String actorName,
        String reason,
        boolean edited,
        boolean valid,
        Instant at) {}
