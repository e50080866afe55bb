package com.masthead.media;

import java.util.ArrayList;
import java.util.List;

/**
 * An image ready for an {@code <img>} that lets the browser choose its size: {@code src} is the article variant,
 * {@code srcset} lists every distinct variant width the library serves ({@code /media/<hash>-t.jpg 240w, …}), and
 * {@code width}/{@code height} are the article variant's own, so the page reserves its box before it loads. A
 * picture narrower than a variant's width is served at its own width, so it appears once in the list.
 */
public record ResponsiveImage(String src, String srcset, int width, int height) {

    /** The variants offered to browsers, smallest first. */
    static final List<ImageVariant> WIDTHS = List.of(ImageVariant.THUMB, ImageVariant.CARD, ImageVariant.ARTICLE);

    /**
     * The {@code sizes} of a picture that fills the article column: the whole screen on phones and tablets (the
     * site's single-column layout below 900 px), the column's 744 px beside the sidebar above.
     */
    public static final String ARTICLE_COLUMN = "(max-width: 900px) 100vw, 744px";

    public static ResponsiveImage of(Image image) {
        List<String> candidates = new ArrayList<>();
        int previous = 0;
        for (ImageVariant variant : WIDTHS) {
            int width = widthOf(image, variant);
            if (width > previous) {
                candidates.add(image.url(variant) + " " + width + "w");
                previous = width;
            }
        }
        int width = widthOf(image, ImageVariant.ARTICLE);
        return new ResponsiveImage(
                image.url(ImageVariant.ARTICLE), String.join(", ", candidates), width, heightAt(image, width));
    }

    /** The width a variant of {@code image} has: its maximum, or the picture's own width when that is smaller. */
    static int widthOf(Image image, ImageVariant variant) {
        return variant.maxWidth() == 0 ? image.width() : Math.min(image.width(), variant.maxWidth());
    }

    private static int heightAt(Image image, int width) {
        return width == image.width()
                ? image.height()
                : (int) Math.max(1, Math.round((double) image.height() * width / image.width()));
    }
}
