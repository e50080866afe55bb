package com.masthead.epaper.web;

import com.masthead.epaper.AreaInput;

/** The area form as submitted, all text: kind, polygon ({@code "x,y x,y ..."}), reading order, article, link. */
public record AreaForm(
        String kind, String polygon, String readingOrder, String articleId, String linkUrl, String version) {

    static AreaForm empty() {
        return new AreaForm("article", "", "", "", "", "");
    }

    AreaInput input() {
        return new AreaInput(kind, polygon, number(readingOrder), id(articleId), linkUrl);
    }

    private static Integer number(String s) {
        try {
            return s == null || s.isBlank() ? null : Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Long id(String s) {
        try {
            return s == null || s.isBlank() ? null : Long.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }
}
