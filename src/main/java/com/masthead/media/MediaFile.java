package com.masthead.media;

/**
 * A media file ready to be served.
 *
 * @param key its key in the object store; it exists and is never rewritten
 * @param contentType its media type ({@code image/jpeg}, {@code image/png} or {@code image/gif})
 * @param entityTag a strong entity tag for it, without quotes ({@code <hash>-<suffix>})
 */
public record MediaFile(String key, String contentType, String entityTag) {}
