package com.masthead.media;

/**
 * Where an image is used: an article that shows it as its lead picture or in its body. {@code articleStatus} is
 * the article's status name as the article module stores it (this module does not know that module's types).
 */
public record ImageUsage(long articleId, String title, String articleStatus, boolean leadImage, boolean inBody) {}
