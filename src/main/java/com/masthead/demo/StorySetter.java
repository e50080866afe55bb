package com.masthead.demo;

import com.masthead.epaper.Polygon;
import java.util.List;

/**
 * Sets one story in a cell of the page: kicker, headline and subtitle across the cell, an optional picture box with
 * a caption over the first columns, then the body flowed column by column. {@link #plan} measures, {@link #draw}
 * draws down to a bottom and says what did not fit.
 */
final class StorySetter {

    static final double GUTTER = 12;
    static final double BODY = 10;
    static final double PITCH = 15;
    private static final double KICKER = 13;
    private static final double SUBTITLE = 15;
    private static final double CAPTION = 8;

    /** What to set: a story with its headline size, or (headline size 0) a continuation with its jump line. */
    record Piece(
            long storyId,
            String kicker,
            String title,
            String subtitle,
            String body,
            double headlineSize,
            String jumpLine) {}

    /** A measured story: display lines, picture, body lines per column width. */
    record Plan(
            Piece piece,
            double x,
            double top,
            double width,
            int columns,
            boolean picture,
            List<String> kicker,
            List<String> title,
            List<String> subtitle,
            List<String> body) {

        double columnWidth() {
            return (width - (columns - 1) * GUTTER) / columns;
        }
    }

    /** What came of drawing a plan: its bottom, its true outline and the body text that did not fit. */
    record Drawn(double bottom, Polygon area, double displayBottom, String overflow, double inkRight) {}

    private final Typesetter type;

    StorySetter(Typesetter type) {
        this.type = type;
    }

    Plan plan(Piece p, double x, double top, double width, int columns, boolean picture) {
        double displayWidth = width - Math.max(p.headlineSize(), KICKER);
        double columnWidth = (width - (columns - 1) * GUTTER) / columns;
        return new Plan(
                p,
                x,
                top,
                width,
                columns,
                picture && columns >= 3,
                p.kicker() == null ? List.of() : type.lines(p.kicker(), KICKER, displayWidth),
                p.headlineSize() == 0
                        ? type.lines(p.jumpLine(), BODY - 1, columnWidth)
                        : type.lines(p.title(), p.headlineSize(), displayWidth),
                p.subtitle() == null ? List.of() : type.lines(p.subtitle(), SUBTITLE, displayWidth),
                type.lines(p.body(), BODY, columnWidth));
    }

    /** The bottom of the story set without a limit. */
    double naturalBottom(Plan plan) {
        double bodyTop = displayBottom(plan) + 8;
        int rows = 1;
        while (capacity(plan, rows) < plan.body().size()) {
            rows++;
        }
        return Math.max(bodyTop + (rows - 1) * PITCH + BODY, pictureBottom(plan, bodyTop));
    }

    /** Draws the story down to at most {@code bottom}. */
    Drawn draw(Plan plan, double bottom) {
        double y = plan.top();
        double size = plan.piece().headlineSize();
        y = write(plan.kicker(), plan.x(), y, KICKER, KICKER * 1.3, 4);
        y = size == 0
                ? write(plan.title(), plan.x(), y, BODY - 1, (BODY - 1) * 1.4, 4)
                : write(plan.title(), plan.x(), y, size, size * 1.2, 6);
        y = write(plan.subtitle(), plan.x(), y, SUBTITLE, SUBTITLE * 1.3, 4);
        double displayBottom = y - 4;
        double bodyTop = y + 4;
        int rows = Math.max(0, (int) Math.floor((bottom - bodyTop - BODY) / PITCH) + 1);
        double lowest = displayBottom;
        if (plan.picture()) {
            double pictureWidth = 2 * plan.columnWidth() + GUTTER;
            double height = pictureHeight(plan);
            type.box(plan.x(), bodyTop, pictureWidth, height, 0.78f);
            lowest = type.write(
                    type.lines("图为本报记者在现场拍摄的画面。", CAPTION, pictureWidth),
                    plan.x(),
                    bodyTop + height + 3,
                    CAPTION,
                    CAPTION * 1.3);
        }
        double inkRight = plan.x() + displayWidest(plan);
        if (plan.picture()) {
            inkRight = Math.max(inkRight, plan.x() + 2 * plan.columnWidth() + GUTTER);
        }
        int next = 0;
        for (int c = 0; c < plan.columns() && next < plan.body().size(); c++) {
            int skip = skippedRows(plan, c);
            int take = Math.min(plan.body().size() - next, Math.max(0, rows - skip));
            double x = plan.x() + c * (plan.columnWidth() + GUTTER);
            List<String> lines = plan.body().subList(next, next + take);
            lowest = Math.max(lowest, type.write(lines, x, bodyTop + skip * PITCH, BODY, PITCH));
            if (!lines.isEmpty()) {
                inkRight = Math.max(inkRight, x + type.widest(lines, BODY));
            }
            next += take;
        }
        String overflow = String.join("", plan.body().subList(next, plan.body().size()));
        Polygon area = Polygon.rectangle(plan.x(), plan.top(), inkRight - plan.x(), lowest - plan.top());
        return new Drawn(lowest, area, displayBottom, overflow, inkRight);
    }

    /** How far right the kicker, headline (or jump line) and subtitle reach from the story's left edge. */
    private double displayWidest(Plan plan) {
        double size = plan.piece().headlineSize();
        return Math.max(
                Math.max(type.widest(plan.kicker(), KICKER), type.widest(plan.title(), size == 0 ? BODY - 1 : size)),
                type.widest(plan.subtitle(), SUBTITLE));
    }

    private double write(List<String> lines, double x, double y, double size, double pitch, double gap) {
        return lines.isEmpty() ? y : type.write(lines, x, y, size, pitch) + gap;
    }

    private static double displayBottom(Plan plan) {
        double size = plan.piece().headlineSize();
        double y = plan.top();
        y += height(plan.kicker(), KICKER, KICKER * 1.3, 4);
        y += size == 0
                ? height(plan.title(), BODY - 1, (BODY - 1) * 1.4, 4)
                : height(plan.title(), size, size * 1.2, 6);
        y += height(plan.subtitle(), SUBTITLE, SUBTITLE * 1.3, 4);
        return y - 4;
    }

    private static double height(List<String> lines, double size, double pitch, double gap) {
        return lines.isEmpty() ? 0 : (lines.size() - 1) * pitch + size + gap;
    }

    private static double pictureHeight(Plan plan) {
        return Math.round((2 * plan.columnWidth() + GUTTER) * 0.6);
    }

    private static double pictureBottom(Plan plan, double bodyTop) {
        return plan.picture() ? bodyTop + pictureHeight(plan) + 3 + CAPTION : bodyTop;
    }

    /** Rows of column {@code c} taken by the picture and its caption. */
    private static int skippedRows(Plan plan, int c) {
        if (!plan.picture() || c > 1) {
            return 0;
        }
        return (int) Math.ceil((pictureHeight(plan) + 3 + CAPTION * 1.3 + 6) / PITCH);
    }

    private static int capacity(Plan plan, int rows) {
        int lines = 0;
        for (int c = 0; c < plan.columns(); c++) {
            lines += Math.max(0, rows - skippedRows(plan, c));
        }
        return lines;
    }
}
