package com.masthead.media.web;

import com.masthead.media.Image;
import com.masthead.media.ImageVariant;
import com.masthead.shared.DisplayText;

/** An image as the library grid shows it: thumbnail, size, and whether its editorial text is complete. */
public record ImageCard(Image image) {

    public String thumbUrl() {
        return image.url(ImageVariant.THUMB);
    }

    /** Alt text, caption and credit are all there, as a published article needs them. */
    public boolean complete() {
        return !DisplayText.isBlank(image.alt())
                && !DisplayText.isBlank(image.caption())
                && !DisplayText.isBlank(image.credit());
    }

    public String kilobytes() {
        return String.valueOf(Math.max(1, (image.byteSize() + 512) / 1024));
    }
}
