package com.masthead.site.web.paper;

import com.masthead.edition.NewspaperPage;
import com.masthead.edition.PrintPlacement;
import com.masthead.shared.ChineseNumerals;
import com.masthead.site.web.Text;

/**
 * How a print page is named to readers: its printed label when it has one ({@code A03版}), else its number
 * ({@code 第三版}), followed by its name (版名) only when the name says more than the label, so an imported page
 * named {@code 第三版} reads "第三版", never "第3版 第三版" or "第三版：第三版".
 */
public final class PrintLabels {

    private PrintLabels() {}

    /** {@code A03版} for a labelled page, {@code 第三版} otherwise. */
    public static String label(int number, String label, Text t) {
        if (label != null && !label.isBlank()) {
            return t.get("site.paper.page-label-printed", label.strip());
        }
        return t.get("site.paper.page-label", ChineseNumerals.of(number), number);
    }

    public static String label(NewspaperPage page, Text t) {
        return label(page.number(), page.label(), t);
    }

    public static String label(PrintPlacement p, Text t) {
        return label(p.pageNumber(), p.pageLabel(), t);
    }

    /** The label and the name as a heading ({@code 第三版：要闻}), or the label alone when the name repeats it. */
    public static String title(NewspaperPage page, Text t) {
        String name = page.distinctName();
        return name.isEmpty() ? label(page, t) : t.get("site.paper.page-title", label(page, t), name);
    }

    /** The label and the name in running text ({@code 第三版 要闻}), or the label alone. */
    public static String inline(PrintPlacement p, Text t) {
        String name = p.distinctPageName();
        return name.isEmpty() ? label(p, t) : label(p, t) + " " + name;
    }
}
