package com.masthead.media;

import java.util.List;

/**
 * Finds where images are used. The articles that show an image belong to the article module, which depends on this
 * one; it implements this port so the where-used scan runs on its own table without a dependency cycle.
 */
public interface ImageUsages {

    /**
     * Articles in any status whose lead picture is {@code imageId} or whose body contains {@code bodyFragment} (taken
     * literally; it must not contain {@code %} or {@code _}), most recently changed first, at most {@code limit}; never null.
     */
    List<ImageUsage> showing(long imageId, String bodyFragment, int limit);
}
