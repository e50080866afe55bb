package com.masthead.ticket;

import java.util.Arrays;
import java.util.List;

/**
 * Which tickets a staff list shows, over the columns every ticket table has: the status ({@code null}: any), the
 * assignee ({@code null}: anyone) and, when {@code overdueBefore} is set ({@code yyyy-MM-dd}), only open tickets due
 * before that day. {@code openStatuses} are the kind's open statuses, always given so that a repository can bind them
 * whether or not the list is restricted to overdue tickets. A value: each ticket kind's repository writes its own
 * SQL for it and binds it with {@link DeskColumns#bind(org.springframework.jdbc.core.simple.JdbcClient.StatementSpec,
 * DeskFilter)}.
 */
public record DeskFilter(String status, String assignee, String overdueBefore, List<String> openStatuses) {

    public DeskFilter {
        openStatuses = List.copyOf(openStatuses);
    }

    /** The filter for a kind whose statuses are {@code statuses}; {@code overdue} counts from {@code today}. */
    public static <S extends Enum<S> & TicketStatus> DeskFilter of(
            S status, String assignee, boolean overdue, S[] statuses, String today) {
        return new DeskFilter(
                status == null ? null : status.name(),
                assignee,
                overdue ? today : null,
                Arrays.stream(statuses)
                        .filter(TicketStatus::isOpen)
                        .map(Enum::name)
                        .toList());
    }
}
