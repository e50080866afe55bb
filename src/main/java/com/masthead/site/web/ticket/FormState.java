package com.masthead.site.web.ticket;

import java.util.Map;

/**
 * What a reader typed into a public form and what was wrong with it, for rendering the form again: the values
 * by field (never lost on an error), one message per offending field, and an optional notice for the whole form.
 */
public record FormState(Map<String, String> values, Map<String, String> errors, String notice) {

    public FormState {
        values = Map.copyOf(values);
        errors = Map.copyOf(errors);
    }

    public static FormState empty() {
        return new FormState(Map.of(), Map.of(), null);
    }

    /** The value to show in the field, never null. */
    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    /** The message for the field, or null when it is fine. */
    public String error(String field) {
        return errors.get(field);
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** The {@code aria-invalid} attribute value: "true" for an offending field, else null (attribute left out). */
    public String invalid(String field) {
        return errors.containsKey(field) ? "true" : null;
    }

    /** The {@code aria-describedby} value pointing at the field's error message, or null. */
    public String describedBy(String field) {
        return errors.containsKey(field) ? field + "-error" : null;
    }
}
