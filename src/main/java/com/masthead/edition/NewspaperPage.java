package com.masthead.edition;

import com.masthead.shared.ChineseNumerals;

/**
 * A page (版面) of an issue: its number (the order in the issue), its label as printed (版次, e.g. {@code A03};
 * empty when the paper prints plain numbers), its section (叠, e.g. {@code A叠}), its name (版名, e.g. 要闻) and its
 * page editor (本版责编).
 */
public record NewspaperPage(
        long id, long issueId, int number, String name, String label, String section, String editor, int version) {

    public NewspaperPage(long id, long issueId, int number, String name, int version) {
        this(id, issueId, number, name, null, null, null, version);
    }

    /**
     * The page's name unless it only repeats the number, as importers produce ({@code 第三版} or {@code 第3版} on
     * page 3, {@code A03} on the page labelled A03): empty then, so that "第三版 第三版" is never printed.
     */
    public String distinctName() {
        String n = name == null ? "" : name.strip();
        if (n.equals("第" + ChineseNumerals.of(number) + "版")
                || n.equals("第" + number + "版")
                || (label != null && !label.isBlank() && n.equalsIgnoreCase(label.strip()))
                || n.equals(String.valueOf(number))) {
            return "";
        }
        return n;
    }
}
