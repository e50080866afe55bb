package com.masthead.correction;

import java.util.Locale;

/**
 * A correction form as the reader sent it, uncleaned. {@code article} is an article id or its public address;
 * {@code attachment} the uploaded file's bytes, null or empty when none; {@code language} the reader's language.
 * Field names of validation problems are the component names.
 */
public record CorrectionSubmission(
        String name,
        String organization,
        String phone,
        String email,
        String article,
        String problem,
        String requestedChange,
        byte[] attachment,
        Locale language) {

    public static final int PROBLEM_MAX = 2000;
    public static final int REQUESTED_CHANGE_MAX = 2000;

    public boolean hasAttachment() {
        return attachment != null && attachment.length > 0;
    }
}
