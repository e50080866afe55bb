package com.masthead.media;

import java.nio.file.Path;

/**
 * A media file ready to be served.
 *
 * @param path the file on disk; it exists and is never rewritten
 * @param contentType its media type ({@code image/jpeg}, {@code image/png} or {@code image/gif})
 * @param entityTag a strong entity tag for it, without quotes ({@code <hash>-<suffix>})
 */
public record MediaFile(Path path, String contentType, String entityTag) {}
