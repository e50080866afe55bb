package com.masthead.series.web;

import com.masthead.series.Series;

/** The series form as submitted, all text. */
public record SeriesForm(String name, String slug, String description, String labelPrefix, String version) {

    static SeriesForm empty() {
        return new SeriesForm("", "", "", "", "");
    }

    static SeriesForm of(Series s) {
        return new SeriesForm(
                s.name(),
                s.slug(),
                s.description() == null ? "" : s.description(),
                s.labelPrefix() == null ? "" : s.labelPrefix(),
                String.valueOf(s.version()));
    }
}
