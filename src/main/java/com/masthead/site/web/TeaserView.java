package com.masthead.site.web;

/**
 * A linked article in a list or block, with display-ready time text and an optional picture: {@code imageUrl} at
 * the size the list asked for, {@code imageSrcset} every size the media library serves (null without a picture),
 * so each template adds the {@code sizes} of its own layout.
 */
public record TeaserView(
        String kicker,
        String title,
        String url,
        String time,
        String date,
        String summary,
        String imageUrl,
        String imageSrcset) {

    /** A teaser without a picture, or with one offered at a single size. */
    public TeaserView(
            String kicker, String title, String url, String time, String date, String summary, String imageUrl) {
        this(kicker, title, url, time, date, summary, imageUrl, null);
    }

    public boolean hasImage() {
        return imageUrl != null;
    }
}
