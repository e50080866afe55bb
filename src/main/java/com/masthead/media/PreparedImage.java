package com.masthead.media;

/**
 * A picture checked, cleaned and stored as files (original and variants) but not yet in the library: what
 * {@link ImageLibrary#record} turns into an {@link Image} inside the caller's transaction. Holds no pixels.
 */
public record PreparedImage(String hash, String mediaType, String extension, int width, int height, long byteSize) {}
