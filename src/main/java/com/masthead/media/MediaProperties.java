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
 * @param maxConcurrentDecodes how many pictures may be decoded at once (each also needs its share of {@code
 *     decodeMemory})
 * @param decodeMemory heap that picture decodes may take together, charged 12 bytes per decoded pixel; a picture
 *     that would need more than all of it is decoded subsampled (and stored at that smaller size). Default: half
 *     the JVM's maximum heap ({@code -Xmx}), so 256 MB at the recommended {@code -Xmx512m}
 */
@ConfigurationProperties("masthead.media")
record MediaProperties(
        DataSize maxFileSize, long maxPixels, int maxSide, int maxConcurrentDecodes, DataSize decodeMemory) {

    MediaProperties {
        maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(10) : maxFileSize;
        maxPixels = maxPixels <= 0 ? 40_000_000 : maxPixels;
        maxSide = maxSide <= 0 ? 12_000 : maxSide;
        maxConcurrentDecodes = maxConcurrentDecodes <= 0 ? 2 : maxConcurrentDecodes;
        decodeMemory = decodeMemory == null || decodeMemory.toBytes() <= 0
                ? DataSize.ofBytes(Runtime.getRuntime().maxMemory() / 2)
                : decodeMemory;
    }

    static MediaProperties defaults() {
        return new MediaProperties(null, 0, 0, 0, null);
    }
}
