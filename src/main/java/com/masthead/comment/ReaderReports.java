package com.masthead.comment;

/**
 * Where a comment's reports stand after one more: how many distinct readers (networks, see {@link Client#limitKey})
 * have reported it since it was last approved, and how many it takes to hide it
 * ({@code masthead.comments.reporters-to-hide}).
 */
record ReaderReports(long reporters, int reportersToHide) {

    boolean hide() {
        return reporters >= reportersToHide;
    }
}
