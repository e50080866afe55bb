package com.masthead.site.web.article;

/** A picture with its caption and credit, as the article page shows it. */
public record FigureView(
        String url, String srcset, String sizes, String alt, String caption, String credit, int width, int height) {}
