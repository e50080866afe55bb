package com.masthead.newsstandards;

import com.masthead.shared.FieldProblem;
import java.util.List;
import org.springframework.web.util.HtmlUtils;

/** Small text rules the two readers share. */
final class WireText {

    private WireText() {}

    /** The text stripped, or null when it is null or blank. */
    static String present(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The first present text of the two. */
    static String either(String first, String second) {
        String a = present(first);
        return a != null ? a : present(second);
    }

    /** An {@code http(s)} address, else null (a {@code urn:} guid is no address of an original). */
    static String webAddress(String uri) {
        String u = present(uri);
        return u != null && (u.startsWith("http://") || u.startsWith("https://")) && !u.contains(" ") ? u : null;
    }

    /** Plain text as HTML paragraphs, one per blank-line separated block, escaped. */
    static String paragraphs(String plain) {
        StringBuilder html = new StringBuilder();
        for (String block : plain.strip().split("\\R\\s*\\R")) {
            if (!block.isBlank()) {
                html.append("<p>")
                        .append(HtmlUtils.htmlEscape(block.strip(), "UTF-8"))
                        .append("</p>");
            }
        }
        return html.toString();
    }

    /** A version number: positive, 1 when absent; null (and a problem added) when it is not a number. */
    static Integer version(String text, List<FieldProblem> problems) {
        String v = present(text);
        if (v == null) {
            return 1;
        }
        try {
            int version = Integer.parseInt(v);
            if (version > 0) {
                return version;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        problems.add(new FieldProblem("version", "wire.field.version", v));
        return null;
    }

    /** Adds a "required" problem for {@code field} when {@code value} is null. */
    static void require(String value, String field, List<FieldProblem> problems) {
        if (value == null) {
            problems.add(new FieldProblem(field, "wire.field.required"));
        }
    }

    /** Throws the refusal naming every problem, if there is any. */
    static void refuseIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw WireItemProblem.invalid(problems);
        }
    }
}
