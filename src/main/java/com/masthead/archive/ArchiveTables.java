package com.masthead.archive;

import static java.util.Map.entry;

import java.util.Map;
import java.util.Set;

/**
 * Which tables an archive carries. The export writes every table of the schema except the ones left out here (so
 * a table nobody thought of is carried rather than lost), and {@code ArchiveTablesIntegrationTests} fails when the
 * schema has a table that is in neither list, so each new table gets a decision.
 */
final class ArchiveTables {

    /** The archive's version of the layout; an import refuses any other. */
    static final String FORMAT = "masthead-archive/1";

    static final String FORMAT_PREFIX = "masthead-archive/";

    /** Tables carried, with what they hold (for docs/archive.md and the test). */
    static final Map<String, String> CARRIED = Map.ofEntries(
            entry("channel", "channels"),
            entry("channel_review_policy", "review levels per channel"),
            entry("newspaper", "print papers"),
            entry("newspaper_issue", "print issues"),
            entry("newspaper_page", "print pages"),
            entry("series", "series"),
            entry("image", "the media library"),
            entry("article", "articles"),
            entry("article_byline", "bylines"),
            entry("article_tag", "tags"),
            entry("article_revision", "revisions"),
            entry("article_review_step", "the review history"),
            entry("site_setting", "site settings"),
            entry("api_token", "API tokens (hashes only)"),
            entry("search_term", "the search dictionary"),
            entry("search_dictionary_version", "the dictionary's version"),
            entry("article_view_day", "daily view counts"),
            entry("staff_account", "staff accounts (password hashes)"),
            entry("staff_account_role", "staff roles"),
            entry("staff_account_channel", "staff channels"),
            entry("staff_login_trust", "known login addresses and devices"),
            entry("audit_entry", "the audit chain"),
            entry("audit_chain_head", "the audit chain's head"),
            entry("lexicon_term", "the sensitive-word lexicon"),
            entry("comment_channel_setting", "comment moderation per channel"),
            entry("reader_comment", "comments"),
            entry("comment_event", "comment moderation history"),
            entry("comment_report", "comment reports"),
            entry("comment_ban", "bans"),
            entry("ticket_counter", "ticket numbers"),
            entry("correction_request", "correction tickets"),
            entry("reprint_request", "reprint tickets"),
            entry("reprint_request_article", "articles of reprint tickets"),
            entry("sitemap_block", "sitemap block dates"),
            entry("epaper_page_file", "e-paper page files"),
            entry("epaper_issue_file", "e-paper issue files"),
            entry("epaper_area", "e-paper page areas"),
            entry("epaper_area_revision", "e-paper area history"),
            entry("print_placement", "print placements"),
            entry("epaper_intake", "e-paper intake history"),
            entry("old_address", "old addresses answering 301 (redirects of a replaced site)"),
            entry("wordpress_import", "WordPress import history and its mapping reports"),
            entry("wire_item", "wire items taken in (so a delivery after the move is still a duplicate)"));

    /** Tables left out on purpose, with the reason (written into every manifest). */
    static final Map<String, String> LEFT_OUT = Map.ofEntries(
            entry("staff_session", "logged-in sessions: everybody logs in again on the new site"),
            entry("staff_session_attributes", "logged-in sessions' attributes"),
            entry("rate_limit_bucket", "rate-limit buckets: they refill within minutes"),
            entry("login_failure", "login-failure counts: they expire within the throttle's window"),
            entry("throttled_login_tally", "throttled-login tallies: summaries are written to the audit log"),
            entry("shedlock", "job locks: held by running instances only"),
            entry("change_signal", "change signals between running instances"),
            entry("purge_request", "the CDN purge queue of the old site"),
            entry("mail_outbox", "outgoing mail: the old site sends it; importing would send it twice"),
            entry("most_read_ranking", "most-read rankings: recomputed from the daily view counts"),
            entry(
                    "article_change",
                    "the search index's change sequence: a new site's index is rebuilt from the articles"));

    /**
     * Tables the migrations fill with a starting row (the empty audit chain's head, the dictionary's first
     * version): an import replaces these rows with the archive's.
     */
    static final Set<String> SEEDED_BY_MIGRATIONS = Set.of("audit_chain_head", "search_dictionary_version");

    private ArchiveTables() {}

    static boolean carried(String table) {
        return !LEFT_OUT.containsKey(table);
    }
}
