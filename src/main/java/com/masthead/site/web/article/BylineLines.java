package com.masthead.site.web.article;

import com.masthead.article.Byline;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The printed byline lines of an article. Consecutive people credited alike (same role, prefix and suffix) share one
 * line, as in print: two reporters are {@code 本报记者 李岩 王芳}, two photographers {@code 本报记者 刘影 陈立 摄}.
 */
final class BylineLines {

    private BylineLines() {}

    static List<String> of(List<Byline> bylines, BiFunction<String, String, String> roleWording) {
        List<String> lines = new ArrayList<>();
        Byline group = null;
        for (Byline b : bylines) {
            if (group != null && alike(group, b)) {
                group = new Byline(group.role(), group.name() + " " + b.name(), group.prefix(), group.suffix());
                continue;
            }
            if (group != null) {
                lines.add(group.printed(roleWording));
            }
            group = b;
        }
        if (group != null) {
            lines.add(group.printed(roleWording));
        }
        return lines;
    }

    private static boolean alike(Byline a, Byline b) {
        return a.role() == b.role()
                && java.util.Objects.equals(a.prefix(), b.prefix())
                && java.util.Objects.equals(a.suffix(), b.suffix());
    }
}
