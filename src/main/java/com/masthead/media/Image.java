package com.masthead.media;

/**
 * An uploaded picture, stored once by the SHA-256 of its cleaned bytes. Its URLs are content-hashed and so never
 * change meaning: they are served as immutable.
 */
public record Image(
        long id,
        String hash,
        String mediaType,
        String extension,
        int width,
        int height,
        long byteSize,
        String alt,
        String caption,
        String credit,
        int version) {

    /** The public URL of a variant: {@code /media/<hash>-<variant>.<ext>}. */
    public String url(ImageVariant variant) {
        return "/media/" + hash + "-" + variant.suffix() + "." + variant.extensionFor(extension);
    }
}
