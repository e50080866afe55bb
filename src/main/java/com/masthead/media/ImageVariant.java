package com.masthead.media;

/**
 * The sizes an image is served in. Variants keep the aspect ratio and are never larger than the original; they
 * are JPEG, except that PNG and GIF originals (which may be transparent) get PNG variants.
 */
public enum ImageVariant {
    ORIGINAL("o", 0),
    THUMB("t", 240),
    CARD("c", 480),
    ARTICLE("a", 960);

    private final String suffix;
    private final int maxWidth;

    ImageVariant(String suffix, int maxWidth) {
        this.suffix = suffix;
        this.maxWidth = maxWidth;
    }

    public String suffix() {
        return suffix;
    }

    /** Largest width of this variant in pixels; 0 for the original. */
    public int maxWidth() {
        return maxWidth;
    }

    /** File extension of this variant for an original with the given extension. */
    public String extensionFor(String originalExtension) {
        if (this == ORIGINAL) {
            return originalExtension;
        }
        return "png".equals(originalExtension) || "gif".equals(originalExtension) ? "png" : "jpg";
    }

    public static ImageVariant bySuffix(String suffix) {
        for (ImageVariant v : values()) {
            if (v.suffix.equals(suffix)) {
                return v;
            }
        }
        return null;
    }
}
