package com.masthead.media;

/**
 * An image's alt text, caption or credit changed; pages that show the image with its own text are stale. (Its
 * files never change: they are content-addressed.)
 */
public record ImageChanged(long imageId) {}
