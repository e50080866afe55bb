/**
 * Reader tickets (读者工单): the mechanics that correction requests and reprint-licence requests share. Ticket
 * numbers that readers can read aloud ({@code JC-20261126-0007}, a per-day sequence allocated inside the insert
 * transaction), validation and cleaning of what readers type (contact details, article references, free text),
 * attachments checked by their bytes and stored under random names, deadlines, and the per-address rate limits
 * of the public forms. It owns the {@code ticket_counter} table and the files under
 * {@code <data-dir>/attachments}; it publishes no events.
 */
package com.masthead.ticket;
