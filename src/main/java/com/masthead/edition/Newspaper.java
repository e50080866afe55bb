package com.masthead.edition;

/** A printed publication. Its issue index lives at {@code /paper/<slug>/}. */
public record Newspaper(long id, String name, String slug, String description, int version) {

    public String url() {
        return "/paper/" + slug + "/";
    }
}
