package com.masthead.site.web;

import java.util.Arrays;
import java.util.List;

/** Plain text typed by people, as paragraphs for templates (each escaped on output, never parsed as HTML). */
public final class Paragraphs {

    private Paragraphs() {}

    public static List<String> of(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("\\n+"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
