package com.masthead.correction.web;

import com.masthead.correction.CorrectionRequest;
import com.masthead.ticket.DeskView;

/**
 * One correction request for the desk, with the forms its status allows ({@code view}: overdue, age, notice,
 * and a refused form's messages and values) and the address of its article while published (else null).
 */
public record CorrectionDetailPage(CorrectionRequest request, DeskView view, String articleUrl) {}
