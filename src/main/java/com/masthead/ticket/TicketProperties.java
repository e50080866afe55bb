package com.masthead.ticket;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits and deadlines of reader tickets ({@code masthead.tickets.*}).
 *
 * @param attachmentMaxSize largest attachment accepted; keep it below {@code masthead.uploads.max-request-size}
 * @param correctionDueDays days a correction request may wait for its answer before it is overdue
 * @param reprintDueDays days a reprint-licence request may wait before it is overdue
 * @param submissionsPerWindow form submissions one client address may make per form and {@code window}
 * @param lookupsPerWindow status look-ups one client address may make per {@code window}
 * @param window the period the two budgets above refill over
 */
@ConfigurationProperties("masthead.tickets")
public record TicketProperties(
        DataSize attachmentMaxSize,
        int correctionDueDays,
        int reprintDueDays,
        int submissionsPerWindow,
        int lookupsPerWindow,
        Duration window) {

    public TicketProperties {
        attachmentMaxSize = attachmentMaxSize == null ? DataSize.ofMegabytes(5) : attachmentMaxSize;
        correctionDueDays = correctionDueDays <= 0 ? 3 : correctionDueDays;
        reprintDueDays = reprintDueDays <= 0 ? 5 : reprintDueDays;
        submissionsPerWindow = submissionsPerWindow <= 0 ? 10 : submissionsPerWindow;
        lookupsPerWindow = lookupsPerWindow <= 0 ? 30 : lookupsPerWindow;
        window = window == null || window.isZero() || window.isNegative() ? Duration.ofHours(1) : window;
    }

    public static TicketProperties defaults() {
        return new TicketProperties(null, 0, 0, 0, 0, null);
    }
}
