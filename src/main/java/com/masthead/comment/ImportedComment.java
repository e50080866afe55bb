package com.masthead.comment;

import java.time.Instant;

/**
 * A comment brought from another system, already approved there: its article, the commenter's name and private
 * contact (may be null), the plain text, the address it was sent from (may be null) and when.
 */
public record ImportedComment(
        long articleId, String nickname, String contact, String text, String address, Instant at) {}
