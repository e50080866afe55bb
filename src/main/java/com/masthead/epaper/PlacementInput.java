package com.masthead.epaper;

/**
 * One article on a page as the editor lists it: the article, and whether the page is where it continues (转版)
 * rather than its main page. Print order is the position in the list.
 */
public record PlacementInput(Long articleId, boolean continuation) {}
