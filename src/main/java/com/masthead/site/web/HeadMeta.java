package com.masthead.site.web;

import java.util.List;

/**
 * What a page adds to its {@code <head>} for machines: OpenGraph/Twitter {@code <meta>} tags and one schema.org
 * JSON-LD document, already escaped for a {@code <script>} element.
 */
public record HeadMeta(List<Tag> tags, String jsonLd, Long articleId) {

    /** A {@code <meta>}: OpenGraph uses {@code property=}, Twitter {@code name=}. */
    public record Tag(String attribute, String key, String content) {

        public boolean isProperty() {
            return "property".equals(attribute);
        }
    }
}
