package com.masthead.series;

/** A named series of articles; its page at {@code /series/<slug>/} lists every part in order. */
public record Series(long id, String name, String slug, String description, int version) {

    public String url() {
        return "/series/" + slug + "/";
    }
}
