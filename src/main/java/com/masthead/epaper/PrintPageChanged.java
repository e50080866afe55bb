package com.masthead.epaper;

import java.util.Set;

/**
 * The digital edition of a page changed (its files, areas or print order): pages that show it, and the print
 * panels of the articles named here, must be refreshed.
 */
public record PrintPageChanged(long pageId, Set<Long> articleIds) {

    public PrintPageChanged {
        articleIds = Set.copyOf(articleIds);
    }
}
