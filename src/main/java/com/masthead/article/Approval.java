package com.masthead.article;

import java.time.Instant;

/**
 * A reviewer's sign-off: optionally with their edit of the content ({@code editedContent}, else null), and for the
 * final level the responsible editor to print (null: the signer) and what happens next: publish now, publish at
 * {@code publishAt}, or neither (approved and held).
 */
public record Approval(ArticleContent editedContent, String responsibleEditor, boolean publishNow, Instant publishAt) {

    public static Approval plain() {
        return new Approval(null, null, false, null);
    }

    public static Approval andPublish() {
        return new Approval(null, null, true, null);
    }
}
