/**
 * Reprint licences (转载授权): an outlet asks to reprint one or more of our original articles, gets a ticket
 * number and mail, and can look the ticket up; the desk assigns it, sets its due date, and grants it (with terms
 * and a validity period) or declines it with a reason. Granted licences are listed per article for staff. Owns
 * the {@code reprint_request} and {@code reprint_request_article} tables. Publishes {@code ReprintRequested},
 * {@code ReprintGranted} and {@code ReprintDeclined}, and through the shared desk life cycle ({@code
 * ticket.DeskRecord}) {@code TicketAssigned} and {@code TicketRescheduled} of kind {@code reprint}; all but the
 * first are audited.
 */
package com.masthead.reprint;
