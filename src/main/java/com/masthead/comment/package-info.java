/**
 * Reader comments (读者评论), moderated before they appear (先审后发) unless a channel chooses otherwise: the
 * {@link com.masthead.comment.Comment} aggregate and its state machine, posting with abuse limits (rate per
 * address or IPv6 /64, pending cap, duplicates, honeypot, bans), the sensitive-word screen on every comment,
 * the moderation queue, reader reports (several readers hide a comment), the per-channel moderation mode, and the
 * read models the site shows.
 * Owns the tables {@code reader_comment}, {@code comment_event}, {@code comment_report}, {@code comment_ban} and
 * {@code comment_channel_setting}. Client addresses are stored for limits and bans only and never shown publicly.
 */
package com.masthead.comment;
