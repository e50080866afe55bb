package com.masthead.media.web;

import com.masthead.media.Image;

/** An image's alt text, caption and credit as submitted, with the version that was read (blank on upload). */
public record ImageTextForm(String alt, String caption, String credit, String version) {

    static ImageTextForm empty() {
        return new ImageTextForm("", "", "", "");
    }

    static ImageTextForm of(Image image) {
        return new ImageTextForm(
                nullToEmpty(image.alt()),
                nullToEmpty(image.caption()),
                nullToEmpty(image.credit()),
                String.valueOf(image.version()));
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
