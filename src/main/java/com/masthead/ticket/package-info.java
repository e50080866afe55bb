/**
 * Reader tickets (读者工单): the mechanics that correction requests and reprint-licence requests share. Ticket
 * numbers that readers can read aloud ({@code JC-20261126-0007}, a per-day sequence allocated inside the insert
 * transaction), validation and cleaning of what readers type (contact details, article references, free text),
 * attachments checked by their bytes and stored under random names, deadlines, and the per-address rate limits
 * of the public forms. It also holds the desk life cycle both kinds share: the {@link
 * com.masthead.ticket.DeskRecord} value object (assign, reschedule, decide, decline, version), the repository code
 * for the common columns ({@code DeskColumns}, {@code DeskFilter}), the desk services' bookkeeping and mail ({@code
 * TicketBookkeeping}, {@code TicketMail}), and the staff screens' shared forms ({@code web.DeskFormController}
 * over {@link com.masthead.ticket.DeskScreen}) and templates ({@code admin/tickets/…}). It owns the {@code
 * ticket_counter} table and the files under the storage key {@code attachments/}; the events {@code TicketAssigned} and
 * {@code TicketRescheduled} are recorded by the kinds' aggregates.
 */
package com.masthead.ticket;
