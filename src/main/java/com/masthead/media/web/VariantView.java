package com.masthead.media.web;

import com.masthead.media.Image;
import com.masthead.media.ImageVariant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** One served size of an image: its name (a message key suffix), largest width (0: the original) and address. */
public record VariantView(String key, int maxWidth, String url) {

    static List<VariantView> of(Image image) {
        return Arrays.stream(ImageVariant.values())
                .map(variant -> new VariantView(
                        variant.name().toLowerCase(Locale.ROOT), variant.maxWidth(), image.url(variant)))
                .toList();
    }

    public boolean original() {
        return maxWidth == 0;
    }
}
