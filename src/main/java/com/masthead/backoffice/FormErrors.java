package com.masthead.backoffice;

import com.masthead.shared.FieldProblem;
import com.masthead.shared.Messages;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Field-level error messages for a staff form, resolved in the user's language: templates show
 * {@code errors.of("title")} next to the field and {@code errors.any()} in a summary at the top.
 */
public final class FormErrors {

    private static final FormErrors NONE = new FormErrors(Map.of());

    private final Map<String, String> byField;

    private FormErrors(Map<String, String> byField) {
        this.byField = byField;
    }

    public static FormErrors none() {
        return NONE;
    }

    public static FormErrors of(List<FieldProblem> problems, Messages t) {
        Map<String, String> messages = new LinkedHashMap<>();
        for (FieldProblem problem : problems) {
            messages.merge(problem.field(), t.get(problem.messageKey(), problem.arguments()), (a, b) -> a + " " + b);
        }
        return new FormErrors(messages);
    }

    /** The message for a field, or null. */
    public String of(String field) {
        return byField.get(field);
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public boolean any() {
        return !byField.isEmpty();
    }

    public Map<String, String> all() {
        return byField;
    }
}
