package com.masthead.backoffice;

import com.masthead.shared.DayRange;
import com.masthead.shared.FieldProblem;
import com.masthead.shared.InvalidInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One submitted form being read: turns text into numbers, ids and dates, runs the bean-validation constraints of
 * the module's input record, and collects every problem (the first per field) so that the page can show them all
 * at once next to their fields (which {@link FormErrors} then words in the reader's language). The back office's one
 * form-reading helper; its static {@code date} methods serve GET filter forms and desk actions. Not thread-safe; one
 * per request.
 */
public final class FormInput {

    /** Pattern constraints get a message that says what the field expects, where the field is a known kind. */
    private static final Map<String, String> FORMAT_KEYS = Map.of(
            "slug", "structure.field.slug",
            "login", "structure.field.login",
            "baseUrl", "structure.field.base-url");

    private final Validator validator;
    private final Map<String, FieldProblem> problems = new LinkedHashMap<>();

    public FormInput(Validator validator) {
        this.validator = validator;
    }

    /** A whole number, or null when the text is blank. */
    public Integer integer(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            add(new FieldProblem(field, "structure.field.number"));
            return null;
        }
    }

    /** An id from a select, or null when none was chosen. */
    public Long id(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            add(new FieldProblem(field, "structure.field.invalid"));
            return null;
        }
    }

    /** An ISO date ({@code yyyy-MM-dd}, what a date input sends), or null when the text is blank. */
    public LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            add(new FieldProblem(field, "structure.field.date"));
            return null;
        }
    }

    /**
     * A date a filter or a desk can use: ISO ({@code yyyy-MM-dd}, what a date input sends) in years 1 to 9999 (see
     * {@link DayRange}), or null when blank; anything else adds a problem on {@code field} with {@code messageKey}
     * to {@code problems} (a GET filter form that collects its own) and gives null.
     */
    public static LocalDate date(String field, String text, String messageKey, List<FieldProblem> problems) {
        try {
            return requireDate(field, text, messageKey);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    /**
     * The same date for a change that runs at once: null when blank, else the date.
     *
     * @throws InvalidInputException naming {@code field} with {@code messageKey} when the date cannot be used
     */
    public static LocalDate requireDate(String field, String text, String messageKey) {
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
        throw new InvalidInputException(field, messageKey);
    }

    /** Checks the record's constraints; returns it for chaining. Fields that already have a problem keep it. */
    public <T> T valid(T input) {
        validator.validate(input).stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(violation -> add(problemFor(violation)));
        return input;
    }

    /** Runs a rule of the owning module that throws {@link InvalidInputException}, keeping its problems. */
    public void check(Runnable rule) {
        try {
            rule.run();
        } catch (InvalidInputException e) {
            e.problems().forEach(this::add);
        }
    }

    public void add(FieldProblem problem) {
        problems.putIfAbsent(problem.field(), problem);
    }

    public boolean has(String field) {
        return problems.containsKey(field);
    }

    /** @throws InvalidInputException naming every field with a problem, if any */
    public void throwIfInvalid() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(new ArrayList<>(problems.values()));
        }
    }

    public static FieldProblem problemFor(ConstraintViolation<?> violation) {
        String field = fieldOf(violation.getPropertyPath());
        Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
        Object value = violation.getInvalidValue();
        if (constraint instanceof NotBlank || constraint instanceof NotNull || constraint instanceof NotEmpty) {
            return new FieldProblem(field, "structure.field.required");
        }
        if (constraint instanceof Size size) {
            if (value instanceof Collection<?>) {
                return new FieldProblem(field, "structure.field.too-many", size.max());
            }
            if (value instanceof CharSequence text && text.length() > size.max()) {
                return new FieldProblem(field, "structure.field.too-long", size.max());
            }
            return new FieldProblem(field, "structure.field.too-short", size.min());
        }
        if (constraint instanceof Pattern) {
            return new FieldProblem(field, FORMAT_KEYS.getOrDefault(field, "structure.field.format"));
        }
        if (constraint instanceof Email) {
            return new FieldProblem(field, "structure.field.email");
        }
        if (constraint instanceof Min min) {
            return new FieldProblem(field, "structure.field.min", String.valueOf(min.value()));
        }
        if (constraint instanceof Max max) {
            return new FieldProblem(field, "structure.field.max", String.valueOf(max.value()));
        }
        return new FieldProblem(field, "structure.field.invalid");
    }

    /** The form field a violation belongs to: the first property, also for list elements ({@code lines[2]}). */
    private static String fieldOf(Path path) {
        for (Path.Node node : path) {
            if (node.getName() != null) {
                return node.getName();
            }
        }
        return "form";
    }

    public List<FieldProblem> problems() {
        return List.copyOf(problems.values());
    }
}
