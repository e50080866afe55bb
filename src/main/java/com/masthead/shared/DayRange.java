package com.masthead.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A filter's "from" and "to" days as instants in a time zone: from the start of {@code from} to the start of the
 * day after {@code to}, each null when its day is. Days are those a date field can hold, years 1 to 9999; a
 * hundred million years away would overflow the millisecond clock of every query below.
 */
public record DayRange(Instant start, Instant end) {

    public static final LocalDate FIRST = LocalDate.of(1, 1, 1);
    public static final LocalDate LAST = LocalDate.of(9999, 12, 31);

    /** Whether a filter may name this day (null, no day, may always be named). */
    public static boolean supported(LocalDate day) {
        return day == null || (!day.isBefore(FIRST) && !day.isAfter(LAST));
    }

    /**
     * The range of these days.
     *
     * @throws InvalidInputException naming {@code from} and/or {@code to} when a day lies outside years 1 to 9999
     */
    public static DayRange of(LocalDate from, LocalDate to, ZoneId zone) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!supported(from)) {
            problems.add(new FieldProblem("from", "filter.date.range", FIRST, LAST));
        }
        if (!supported(to)) {
            problems.add(new FieldProblem("to", "filter.date.range", FIRST, LAST));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new DayRange(
                from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant());
    }
}
