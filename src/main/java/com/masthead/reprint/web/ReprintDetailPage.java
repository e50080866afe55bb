package com.masthead.reprint.web;

import com.masthead.reprint.ReprintRequest;
import com.masthead.ticket.DeskView;

/**
 * One reprint-licence request for the desk, with the forms its status allows ({@code view}: overdue, age, notice,
 * and a refused form's messages and values) and whether its licence is in force today.
 */
public record ReprintDetailPage(ReprintRequest request, DeskView view, boolean validNow) {}
