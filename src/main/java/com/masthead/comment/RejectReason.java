package com.masthead.comment;

/** Why a moderator refused a comment; a free-text note may add detail. */
public enum RejectReason {
    SPAM,
    ABUSE,
    OFF_TOPIC,
    ILLEGAL,
    PRIVACY,
    DUPLICATE,
    OTHER
}
