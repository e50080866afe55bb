package com.masthead.edition.web;

import com.masthead.edition.Newspaper;

/** The newspaper form as submitted, all text. */
public record NewspaperForm(String name, String slug, String description, String version) {

    static NewspaperForm empty() {
        return new NewspaperForm("", "", "", "");
    }

    static NewspaperForm of(Newspaper n) {
        return new NewspaperForm(
                n.name(), n.slug(), n.description() == null ? "" : n.description(), String.valueOf(n.version()));
    }
}
