/**
 * Correction requests (新闻稿件修改申请): a reader reports an error in a published article, gets a ticket number
 * and mail, and can look the ticket up; the desk assigns it, sets its due date, and accepts or declines it with a
 * reason. Accepting asks the article workflow to open a working copy ({@link
 * com.masthead.correction.CorrectionAccepted}); when the corrected version goes live ({@code ArticleRevised}), the
 * staff-written correction note (更正说明) becomes public under the article and on the corrections page, and the
 * reader is told. Owns the {@code correction_request} table. Publishes {@code CorrectionRequested}, {@code
 * CorrectionAccepted}, {@code CorrectionNoteEdited}, {@code CorrectionDeclined} and {@code CorrectionPublished},
 * and through the shared desk life cycle ({@code ticket.DeskRecord}) {@code TicketAssigned} and {@code
 * TicketRescheduled} of kind {@code correction}; all but the first are audited.
 */
package com.masthead.correction;
