package com.masthead.ticket;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The filter of a staff ticket queue as typed into its form: a status of the kind (null for any; an unknown name
 * counts as none), an assignee login (null when blank) and whether only overdue tickets are wanted ({@code
 * overdue=1}).
 */
public record DeskQueueFilter<S extends Enum<S> & TicketStatus>(
        S status, String assignee, boolean overdue, List<String> statuses) {

    /** Reads the queue form's parameters; {@code values} are all statuses of the kind. */
    public static <S extends Enum<S> & TicketStatus> DeskQueueFilter<S> of(
            S[] values, String status, String assignee, String overdue) {
        S wanted = Arrays.stream(values)
                .filter(s -> s.name().equals(status))
                .findFirst()
                .orElse(null);
        String who = assignee == null || assignee.isBlank() ? null : assignee.strip();
        return new DeskQueueFilter<>(
                wanted,
                who,
                "1".equals(overdue),
                Arrays.stream(values).map(Enum::name).toList());
    }

    /** {@code true} when only overdue tickets are wanted, else null (no condition). */
    public Boolean overdueOnly() {
        return overdue ? true : null;
    }

    public String statusName() {
        return status == null ? "" : status.name();
    }

    public String assigneeText() {
        return assignee == null ? "" : assignee;
    }

    /**
     * The link the pager continues from: {@code path} with this filter and the kind's {@code extra} parameters
     * (each {@code name, value}), ending in {@code &} so that {@code page=n} can follow.
     */
    public String pageBase(String path, String... extra) {
        StringBuilder link = new StringBuilder(path)
                .append("?status=")
                .append(statusName())
                .append("&assignee=")
                .append(encode(assigneeText()));
        for (int i = 0; i < extra.length; i += 2) {
            link.append('&').append(extra[i]).append('=').append(encode(extra[i + 1]));
        }
        return link.append(overdue ? "&overdue=1" : "").append('&').toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text == null ? "" : text, StandardCharsets.UTF_8);
    }
}
