package com.masthead.epaper;

/**
 * An article on a print page in print order: its main page ({@code continuation == false}) or a page it continues
 * on (转版). Lower {@code printOrder} comes first.
 */
public record Placement(long articleId, long pageId, int printOrder, boolean continuation) {}
