package com.masthead.popularity;

/** An article in a ranking with its views in the ranking's period. */
public record RankedArticle(long articleId, String title, String url, long views) {}
