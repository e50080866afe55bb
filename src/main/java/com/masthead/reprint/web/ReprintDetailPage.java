package com.masthead.reprint.web;

import com.masthead.backoffice.FormErrors;
import com.masthead.reprint.ReprintRequest;
import java.util.Map;

/** One reprint-licence request for the desk, with the forms its status allows and what a refused form held. */
public record ReprintDetailPage(
        ReprintRequest request,
        boolean overdue,
        boolean validNow,
        String age,
        String notice,
        FormErrors errors,
        Map<String, String> values) {

    public String value(String field, String fallback) {
        String typed = values.get(field);
        return typed != null ? typed : fallback == null ? "" : fallback;
    }
}
