package com.masthead.epaper;

/**
 * An area as an editor sends it, before validation: the kind's code ({@code article}, {@code continuation},
 * {@code picture}, {@code advertisement}), the polygon as {@code "x1,y1 x2,y2 ..."} in PDF points, the reading order
 * (null: after the page's last area), the article, and the link (advertisements only).
 */
public record AreaInput(String kind, String polygon, Integer readingOrder, Long articleId, String linkUrl) {}
