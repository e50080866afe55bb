package com.masthead.site.web.article;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renumbers the subheads of a cleaned article body so they sit right under the page's {@code <h1>}: the body's
 * highest level becomes {@code <h2>}, the next {@code <h3>}, and so on, without gaps (a body typed with only
 * {@code <h3>} subheads shows them as {@code <h2>}). The stored body keeps what the author sent; only the page
 * changes. Works on the allow-list's output, whose tags are lower case and attribute-free.
 */
final class BodyHeadings {

    private static final Pattern HEADING = Pattern.compile("<(/?)h([1-6])>");

    private BodyHeadings() {}

    static String underTitle(String html) {
        if (html == null) {
            return null;
        }
        Map<Integer, Integer> levels = new TreeMap<>();
        Matcher found = HEADING.matcher(html);
        while (found.find()) {
            levels.put(Integer.parseInt(found.group(2)), 0);
        }
        int next = 2;
        boolean unchanged = true;
        for (Map.Entry<Integer, Integer> level : levels.entrySet()) {
            level.setValue(Math.min(next++, 6));
            unchanged &= level.getKey().equals(level.getValue());
        }
        if (unchanged) {
            return html;
        }
        return HEADING.matcher(html)
                .replaceAll(m -> "<" + m.group(1) + "h" + levels.get(Integer.parseInt(m.group(2))) + ">");
    }
}
