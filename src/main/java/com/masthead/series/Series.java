package com.masthead.series;

/** A named series of articles; its page at {@code /series/<slug>/} lists every part in order. */
public record Series(long id, String name, String slug, String description, String labelPrefix, int version) {

    /** What the article page shows before the part number: the name after the optional label prefix. */
    public String label() {
        return labelPrefix == null ? name : labelPrefix + name;
    }

    public String url() {
        return "/series/" + slug + "/";
    }
}
