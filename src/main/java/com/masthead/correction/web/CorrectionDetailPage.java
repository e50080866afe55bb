package com.masthead.correction.web;

import com.masthead.backoffice.FormErrors;
import com.masthead.correction.CorrectionRequest;
import java.util.Map;

/**
 * One correction request for the desk, with the forms its status allows: what was typed into a refused form
 * ({@code values}, by field) and the messages for it, or the notice after a saved change.
 */
public record CorrectionDetailPage(
        CorrectionRequest request,
        boolean overdue,
        String age,
        String articleUrl,
        String notice,
        FormErrors errors,
        Map<String, String> values) {

    public String value(String field, String fallback) {
        String typed = values.get(field);
        return typed != null ? typed : fallback == null ? "" : fallback;
    }
}
