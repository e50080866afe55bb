/** The staff forms every ticket kind's screen shares (assign, reschedule, decline), over {@link com.masthead.ticket.DeskScreen}. */
package com.masthead.ticket.web;
