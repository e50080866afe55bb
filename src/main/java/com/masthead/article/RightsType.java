package com.masthead.article;

/** Whether an article is our own work or reprinted from another outlet (which must then be named in full). */
public enum RightsType {
    ORIGINAL,
    REPRINT
}
