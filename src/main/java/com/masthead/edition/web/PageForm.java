package com.masthead.edition.web;

import com.masthead.edition.NewspaperPage;

/** The page (版面) form as submitted, all text: number, name, printed label (版次), section (叠), page editor. */
public record PageForm(String number, String name, String label, String section, String editor, String version) {

    static PageForm empty(int nextNumber) {
        return new PageForm(String.valueOf(nextNumber), "", "", "", "", "");
    }

    static PageForm of(NewspaperPage p) {
        return new PageForm(
                String.valueOf(p.number()),
                p.name(),
                nz(p.label()),
                nz(p.section()),
                nz(p.editor()),
                String.valueOf(p.version()));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
