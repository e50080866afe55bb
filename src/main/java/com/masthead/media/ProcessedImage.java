package com.masthead.media;

import java.util.Map;

/**
 * An upload after cleaning: the bytes to store as the original (metadata stripped, orientation applied), what
 * they are, and the encoded smaller variants.
 */
record ProcessedImage(
        byte[] original, String mediaType, String extension, int width, int height, Map<ImageVariant, byte[]> variants) {

    ProcessedImage {
        variants = Map.copyOf(variants);
    }
}
