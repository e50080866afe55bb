package com.masthead.ticket;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The conditions of a staff list of tickets over the common columns (status, assignee, overdue), which a ticket
 * kind's repository may extend with its own and then reads as one {@code where} clause with its parameters. Built
 * and used inside repositories only.
 */
public final class DeskQuery {

    private final List<String> conditions = new ArrayList<>(List.of("1 = 1"));
    private final Map<String, Object> params = new HashMap<>();

    /**
     * Tickets in {@code status} (any when null), assigned to {@code assignee} (anyone when null) and, when {@code
     * overdue}, open and due before {@code today} ({@code yyyy-MM-dd}); {@code statuses} are all of the kind's.
     */
    public static <S extends Enum<S> & TicketStatus> DeskQuery of(
            S status, String assignee, boolean overdue, S[] statuses, String today) {
        DeskQuery query = new DeskQuery();
        if (status != null) {
            query.and("status = :status", "status", status.name());
        }
        if (assignee != null) {
            query.and("assignee = :assignee", "assignee", assignee);
        }
        if (overdue) {
            List<String> open = Arrays.stream(statuses)
                    .filter(TicketStatus::isOpen)
                    .map(Enum::name)
                    .toList();
            query.and("status in (:open) and due_date < :today", "open", open);
            query.params.put("today", today);
        }
        return query;
    }

    /** Adds a condition with its one named parameter. */
    public DeskQuery and(String condition, String param, Object value) {
        conditions.add(condition);
        params.put(param, value);
        return this;
    }

    public String where() {
        return String.join(" and ", conditions);
    }

    /** A copy of the parameters, to which a caller may add its own (limit, offset). */
    public Map<String, Object> params() {
        return new HashMap<>(params);
    }
}
