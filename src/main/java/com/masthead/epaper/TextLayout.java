package com.masthead.epaper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.text.TextPosition;

/**
 * Groups a page's characters into lines (same font size, same baseline, no wide gap) and lines into blocks (same font
 * size, one under the other in the same column, at most about a line apart).
 */
final class TextLayout {

    /** A gap wider than this many font sizes between two characters ends a line (a column gutter). */
    private static final double MAX_CHARACTER_GAP = 0.8;

    /** Baselines further apart than this many font sizes start a new block. */
    private static final double MAX_LINE_PITCH = 2.0;

    private static final double ASCENT = 0.88;
    private static final double DESCENT = 0.12;

    private TextLayout() {}

    private record Glyph(double x, double baseline, double width, double size, String text) {}

    private static final class Line {
        final double size;
        final double baseline;
        double left;
        double right;
        final StringBuilder text = new StringBuilder();

        Line(Glyph g) {
            size = g.size();
            baseline = g.baseline();
            left = g.x();
            right = g.x() + g.width();
            text.append(g.text());
        }

        boolean takes(Glyph g) {
            return Math.abs(g.size() - size) < 0.5
                    && Math.abs(g.baseline() - baseline) < 0.3 * size
                    && g.x() - right < MAX_CHARACTER_GAP * size
                    && left - g.x() < MAX_CHARACTER_GAP * size;
        }

        void add(Glyph g) {
            if (g.x() - right > 0.25 * size && !text.isEmpty() && text.charAt(text.length() - 1) != ' ') {
                text.append(' ');
            }
            text.append(g.text());
            left = Math.min(left, g.x());
            right = Math.max(right, g.x() + g.width());
        }
    }

    private static final class Block {
        final List<Line> lines = new ArrayList<>();
        double left;
        double right;

        Block(Line first) {
            lines.add(first);
            left = first.left;
            right = first.right;
        }

        Line last() {
            return lines.get(lines.size() - 1);
        }

        boolean takes(Line line) {
            Line last = last();
            double pitch = line.baseline - last.baseline;
            double shared = Math.min(right, line.right) - Math.max(left, line.left);
            double narrower = Math.min(right - left, line.right - line.left);
            return Math.abs(line.size - last.size) < 0.5
                    && pitch > 0
                    && pitch <= MAX_LINE_PITCH * line.size
                    && narrower > 0
                    && shared >= 0.5 * narrower;
        }

        void add(Line line) {
            lines.add(line);
            left = Math.min(left, line.left);
            right = Math.max(right, line.right);
        }

        TextBlock toTextBlock() {
            Line first = lines.get(0);
            double top = first.baseline - ASCENT * first.size;
            double bottom = last().baseline + DESCENT * last().size;
            StringBuilder text = new StringBuilder();
            for (Line l : lines) {
                boolean latinJoin =
                        !text.isEmpty() && isLatin(text.charAt(text.length() - 1)) && isLatin(l.text.charAt(0));
                text.append(latinJoin ? " " : "").append(l.text.toString().strip());
            }
            return new TextBlock(left, top, right - left, bottom - top, text.toString(), first.size);
        }
    }

    static List<TextBlock> blocks(List<TextPosition> characters) {
        List<Glyph> glyphs = new ArrayList<>();
        for (TextPosition c : characters) {
            String text = c.getUnicode() == null ? "\uFFFD" : c.getUnicode();
            double size = Math.round(c.getFontSizeInPt() * 10) / 10.0;
            if (size > 0 && !text.isBlank()) {
                glyphs.add(new Glyph(c.getXDirAdj(), c.getYDirAdj(), c.getWidthDirAdj(), size, text));
            }
        }
        glyphs.sort(Comparator.comparingDouble((Glyph g) -> Math.round(g.baseline() * 2) / 2.0)
                .thenComparingDouble(Glyph::x));
        List<Line> lines = lines(glyphs);
        lines.sort(Comparator.comparingDouble((Line l) -> l.baseline).thenComparingDouble(l -> l.left));
        List<Block> open = new ArrayList<>();
        List<Block> all = new ArrayList<>();
        for (Line line : lines) {
            Block home = null;
            for (Block b : open) {
                if (b.takes(line)) {
                    home = b;
                    break;
                }
            }
            if (home == null) {
                home = new Block(line);
                all.add(home);
                open.add(home);
            } else {
                home.add(line);
            }
            open.removeIf(b -> line.baseline - b.last().baseline > MAX_LINE_PITCH * b.last().size);
        }
        return all.stream().map(Block::toTextBlock).toList();
    }

    private static List<Line> lines(List<Glyph> glyphs) {
        List<Line> all = new ArrayList<>();
        List<Line> open = new ArrayList<>();
        for (Glyph g : glyphs) {
            Line home = null;
            for (Line l : open) {
                if (l.takes(g)) {
                    home = l;
                    break;
                }
            }
            if (home == null) {
                home = new Line(g);
                all.add(home);
                open.add(home);
            } else {
                home.add(g);
            }
            open.removeIf(l -> g.baseline() - l.baseline > 0.3 * l.size);
        }
        return all;
    }

    private static boolean isLatin(char c) {
        return c < 0x2E80 && Character.isLetterOrDigit(c);
    }
}
