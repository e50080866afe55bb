package com.masthead.ticket;

import com.masthead.staff.StaffRole;
import com.masthead.support.SiteClient;
import com.masthead.support.SiteTestSupport;
import com.masthead.support.StaffSession;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What ticket contracts need beyond a {@link SiteClient}: readers with their own cookies and address, the clock. */
public interface TicketSiteClient extends SiteClient {

    /** A new reader: own cookie jar, own client address (so rate limits of other tests never apply). */
    Reader reader();

    MutableClock clock();

    /** The desk's mail address in this application context. */
    String desk();

    SiteTestSupport support();

    /** A logged-in staff UI session for a (new or existing) account with these roles. */
    StaffSession loginAs(String login, StaffRole... roles);

    /** The application's database, for checks the HTTP side cannot make (what was stored, how). */
    JdbcClient database();

    /**
     * Plays the article module's part of the correction contract: the corrected version of the article went live
     * ({@code ArticleRevised} with {@code live}, published inside a committed transaction).
     */
    void correctedVersionWentLive(long articleId, long channelId);
}
