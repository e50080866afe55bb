package com.masthead.backoffice;

import com.masthead.shared.FieldProblem;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Puts a form's problems in the order its fields appear (the form record's component order), for the summary. */
public final class FormOrder {

    private FormOrder() {}

    public static List<FieldProblem> of(Class<? extends Record> form, List<FieldProblem> problems) {
        List<String> fields = Arrays.stream(form.getRecordComponents())
                .map(RecordComponent::getName)
                .toList();
        return problems.stream()
                .sorted(Comparator.comparingInt(p -> {
                    int at = fields.indexOf(p.field());
                    return at < 0 ? Integer.MAX_VALUE : at;
                }))
                .toList();
    }
}
