package com.masthead.media;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits on uploads ({@code masthead.media.*}). Sizes are checked from the file header before any pixel is
 * decoded, so a small file that declares a huge picture is refused without allocating it.
 *
 * @param maxFileSize largest upload accepted; keep it at or below {@code spring.servlet.multipart.max-file-size}
 * @param maxPixels largest width × height accepted
 * @param maxSide largest width or height accepted, in pixels
 * @param maxConcurrentDecodes how many pictures may be decoded at once; a 40-megapixel picture takes about 160 MB
 *     of heap while it is processed, so this bounds the memory that uploads can take together
 */
@ConfigurationProperties("masthead.media")
record MediaProperties(DataSize maxFileSize, long maxPixels, int maxSide, int maxConcurrentDecodes) {

    MediaProperties {
        maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(10) : maxFileSize;
        maxPixels = maxPixels <= 0 ? 40_000_000 : maxPixels;
        maxSide = maxSide <= 0 ? 12_000 : maxSide;
        maxConcurrentDecodes = maxConcurrentDecodes <= 0 ? 2 : maxConcurrentDecodes;
    }

    static MediaProperties defaults() {
        return new MediaProperties(null, 0, 0, 0);
    }
}
