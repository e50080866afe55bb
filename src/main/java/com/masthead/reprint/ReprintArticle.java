package com.masthead.reprint;

/** One article a reprint request asks for, with the title the outlet saw when asking. */
public record ReprintArticle(long articleId, String title) {}
