package com.masthead.backoffice;

import com.masthead.shared.DayRange;
import com.masthead.shared.FieldProblem;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the staff list pages' GET filter forms share: reading a date field into a named problem, and the address
 * of the list with the same filter on another page.
 */
public final class FilterForms {

    private FilterForms() {}

    /**
     * An ISO date ({@code yyyy-MM-dd}, what a date input sends), or null when blank; an unreadable one, or one a
     * filter cannot use (outside years 1 to 9999, see {@link DayRange}), adds a problem on {@code field} with
     * {@code messageKey} and gives null.
     */
    public static LocalDate date(String field, String text, String messageKey, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text.strip());
            if (DayRange.supported(date)) {
                return date;
            }
        } catch (DateTimeParseException e) {
            // refused below
        }
        problems.add(new FieldProblem(field, messageKey));
        return null;
    }

    /**
     * {@code path} with the filter's parameters in their given order, blank ones left out and every value
     * URL-encoded (so {@code A&B} stays one value).
     */
    public static String url(String path, Map<String, String> parameters) {
        String query = parameters.entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return query.isEmpty() ? path : path + "?" + query;
    }
}
