package com.masthead.edition.web;

import com.masthead.edition.NewspaperPage;

/** The page (版面) form as submitted, all text. */
public record PageForm(String number, String name, String version) {

    static PageForm empty(int nextNumber) {
        return new PageForm(String.valueOf(nextNumber), "", "");
    }

    static PageForm of(NewspaperPage p) {
        return new PageForm(String.valueOf(p.number()), p.name(), String.valueOf(p.version()));
    }
}
