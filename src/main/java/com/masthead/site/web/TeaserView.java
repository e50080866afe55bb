package com.masthead.site.web;

/** A linked article in a list or block, with display-ready time text and an optional picture. */
public record TeaserView(
        String kicker, String title, String url, String time, String date, String summary, String imageUrl) {

    public boolean hasImage() {
        return imageUrl != null;
    }
}
