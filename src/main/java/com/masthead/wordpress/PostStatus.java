package com.masthead.wordpress;

/**
 * What a WordPress status becomes: {@code publish} a published article; {@code draft}, {@code pending},
 * {@code future} and {@code private} a draft (nothing unpublished on the old site becomes public here); anything
 * else ({@code trash}, {@code auto-draft}, {@code inherit}) is skipped.
 */
enum PostStatus {
    PUBLISHED,
    DRAFT,
    SKIPPED;

    static PostStatus of(String wordpress) {
        return switch (wordpress) {
            case "publish" -> PUBLISHED;
            case "draft", "pending", "future", "private" -> DRAFT;
            default -> SKIPPED;
        };
    }
}
