package com.masthead.epaper;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The outline of a group of text blocks: their bounding rectangle, or, when that rectangle would take in blocks of
 * other stories (a story wrapping around another), a rectilinear polygon following the group's columns.
 */
final class Outline {

    /** Slabs narrower than this between two columns are gutters. */
    private static final double GUTTER = 24;

    private Outline() {}

    static Polygon of(List<TextBlock> own, List<TextBlock> foreign) {
        double[] box = box(own);
        boolean clear = foreign.stream().noneMatch(f -> coveredShare(f, box) > 0.2);
        if (clear || own.size() == 1) {
            return Polygon.rectangle(box[0], box[1], box[2] - box[0], box[3] - box[1]);
        }
        Polygon stepped = skyline(own);
        return stepped != null ? stepped : Polygon.rectangle(box[0], box[1], box[2] - box[0], box[3] - box[1]);
    }

    /** One block covering all of them, in the largest font size among them. */
    static TextBlock union(List<TextBlock> blocks) {
        double[] b = box(blocks);
        double size = blocks.stream().mapToDouble(TextBlock::fontSize).max().orElse(0);
        return new TextBlock(b[0], b[1], b[2] - b[0], b[3] - b[1], "", size);
    }

    static double[] box(List<TextBlock> blocks) {
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (TextBlock b : blocks) {
            minX = Math.min(minX, b.x());
            minY = Math.min(minY, b.y());
            maxX = Math.max(maxX, b.right());
            maxY = Math.max(maxY, b.bottom());
        }
        return new double[] {minX, minY, maxX, maxY};
    }

    private static double coveredShare(TextBlock b, double[] box) {
        double w = Math.min(b.right(), box[2]) - Math.max(b.x(), box[0]);
        double h = Math.min(b.bottom(), box[3]) - Math.max(b.y(), box[1]);
        double area = b.width() * b.height();
        return w <= 0 || h <= 0 || area <= 0 ? 0 : w * h / area;
    }

    /**
     * Splits the x range into slabs at every block edge; each slab spans from the highest top to the lowest bottom of
     * the blocks over it (gutters take the extent of the slab to their left). Walks the tops left to right and the
     * bottoms back. Null when the outline would have too many points.
     */
    /** A narrow slab between two columns (a gutter) reaches as far as both its neighbours do. */
    private static void fillGutters(List<double[]> slabs) {
        for (int i = 1; i + 1 < slabs.size(); i++) {
            double[] s = slabs.get(i);
            double[] l = slabs.get(i - 1);
            double[] r = slabs.get(i + 1);
            if (s[1] - s[0] < GUTTER) {
                s[2] = s[2] == Double.MAX_VALUE ? Math.max(l[2], r[2]) : Math.min(s[2], Math.max(l[2], r[2]));
                s[3] = s[3] == -Double.MAX_VALUE ? Math.min(l[3], r[3]) : Math.max(s[3], Math.min(l[3], r[3]));
            }
            if (s[2] == Double.MAX_VALUE) {
                s[2] = l[2];
                s[3] = l[3];
            }
        }
    }

    private static Polygon skyline(List<TextBlock> blocks) {
        TreeSet<Double> edges = new TreeSet<>();
        for (TextBlock b : blocks) {
            edges.add(b.x());
            edges.add(b.right());
        }
        List<double[]> raw = new ArrayList<>(); // {left, right, top, bottom}
        Double left = null;
        for (double right : edges) {
            if (left != null) {
                double mid = (left + right) / 2;
                double top = Double.MAX_VALUE, bottom = -Double.MAX_VALUE;
                for (TextBlock b : blocks) {
                    if (b.x() <= mid && b.right() >= mid) {
                        top = Math.min(top, b.y());
                        bottom = Math.max(bottom, b.bottom());
                    }
                }
                raw.add(new double[] {left, right, top, bottom});
            }
            left = right;
        }
        fillGutters(raw);
        List<double[]> slabs = new ArrayList<>();
        for (double[] s : raw) {
            double[] last = slabs.isEmpty() ? null : slabs.get(slabs.size() - 1);
            if (last != null && last[2] == s[2] && last[3] == s[3]) {
                last[1] = s[1];
            } else {
                slabs.add(s);
            }
        }
        if (slabs.size() * 4 > Polygon.MAX_POINTS) {
            return null;
        }
        List<Polygon.Point> points = new ArrayList<>();
        for (double[] s : slabs) {
            points.add(new Polygon.Point(s[0], s[2]));
            points.add(new Polygon.Point(s[1], s[2]));
        }
        for (int i = slabs.size() - 1; i >= 0; i--) {
            double[] s = slabs.get(i);
            points.add(new Polygon.Point(s[1], s[3]));
            points.add(new Polygon.Point(s[0], s[3]));
        }
        return new Polygon(withoutRedundantPoints(points));
    }

    /** Drops repeated points and points in the middle of a straight edge. */
    private static List<Polygon.Point> withoutRedundantPoints(List<Polygon.Point> points) {
        List<Polygon.Point> kept = new ArrayList<>(points);
        boolean changed = true;
        while (changed && kept.size() > 4) {
            changed = false;
            for (int i = 0; i < kept.size(); i++) {
                Polygon.Point a = kept.get((i + kept.size() - 1) % kept.size());
                Polygon.Point b = kept.get(i);
                Polygon.Point c = kept.get((i + 1) % kept.size());
                boolean same = a.x() == b.x() && a.y() == b.y();
                boolean straight = (a.x() == b.x() && b.x() == c.x()) || (a.y() == b.y() && b.y() == c.y());
                if (same || straight) {
                    kept.remove(i);
                    changed = true;
                    break;
                }
            }
        }
        return kept;
    }
}
