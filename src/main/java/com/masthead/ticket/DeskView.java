package com.masthead.ticket;

import com.masthead.backoffice.FormErrors;
import java.util.Map;

/**
 * What every ticket's staff page shows alike beside the ticket itself: whether it is overdue, how long it has
 * waited (in words), the notice after a saved change, and a refused form's messages and typed values.
 */
public record DeskView(boolean overdue, String age, String notice, FormErrors errors, Map<String, String> values) {

    /** What the form field shows: what was typed into a refused form, else {@code fallback}, never null. */
    public String value(String field, String fallback) {
        String typed = values.get(field);
        return typed != null ? typed : fallback == null ? "" : fallback;
    }
}
