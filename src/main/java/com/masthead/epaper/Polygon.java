package com.masthead.epaper;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A closed polygon in PDF points on a page, y downwards from the top edge (as on screen), so that one set of
 * coordinates serves every image width: a point at {@code (x, y)} is at {@code (x * scale, y * scale)} on an image
 * rendered at {@code scale} pixels per point. Stored as text {@code "x1,y1 x2,y2 ..."}, which is also the SVG
 * {@code points} syntax. 3 to {@value #MAX_POINTS} points.
 */
public record Polygon(List<Point> points) {

    public static final int MAX_POINTS = 64;

    public record Point(double x, double y) {}

    public Polygon {
        points = List.copyOf(points);
        if (points.size() < 3 || points.size() > MAX_POINTS) {
            throw new IllegalArgumentException("a polygon has 3 to " + MAX_POINTS + " points, not " + points.size());
        }
        for (Point p : points) {
            if (!Double.isFinite(p.x()) || !Double.isFinite(p.y())) {
                throw new IllegalArgumentException("polygon point is not a finite number");
            }
        }
    }

    /** The axis-aligned rectangle from {@code (x, y)} with the given width and height. */
    public static Polygon rectangle(double x, double y, double width, double height) {
        return new Polygon(List.of(
                new Point(x, y), new Point(x + width, y), new Point(x + width, y + height), new Point(x, y + height)));
    }

    /** Parses {@code "x1,y1 x2,y2 ..."}; throws {@link IllegalArgumentException} with the reason when malformed. */
    public static Polygon parse(String text) {
        if (text == null || text.isBlank() || text.length() > 4000) {
            throw new IllegalArgumentException("polygon text is empty or too long");
        }
        List<Point> points = new ArrayList<>();
        for (String pair : text.strip().split("\\s+")) {
            String[] xy = pair.split(",", -1);
            if (xy.length != 2) {
                throw new IllegalArgumentException("polygon point is not x,y: " + pair);
            }
            try {
                points.add(new Point(Double.parseDouble(xy[0]), Double.parseDouble(xy[1])));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("polygon point is not a number: " + pair, e);
            }
            if (points.size() > MAX_POINTS) {
                throw new IllegalArgumentException("a polygon has at most " + MAX_POINTS + " points");
            }
        }
        return new Polygon(points);
    }

    /** The stored and SVG form, coordinates to a tenth of a point. */
    public String text() {
        StringBuilder s = new StringBuilder();
        for (Point p : points) {
            if (!s.isEmpty()) {
                s.append(' ');
            }
            s.append(format(p.x())).append(',').append(format(p.y()));
        }
        return s.toString();
    }

    /** The same polygon in pixels of an image rendered at {@code scale} pixels per point. */
    public String svgPoints(double scale) {
        StringBuilder s = new StringBuilder();
        for (Point p : points) {
            if (!s.isEmpty()) {
                s.append(' ');
            }
            s.append(format(p.x() * scale)).append(',').append(format(p.y() * scale));
        }
        return s.toString();
    }

    /** Whether every point lies on a page of this size (with a point of tolerance for rounding). */
    public boolean fitsOn(double widthPt, double heightPt) {
        return points.stream()
                .allMatch(p -> p.x() >= -1 && p.y() >= -1 && p.x() <= widthPt + 1 && p.y() <= heightPt + 1);
    }

    /** The bounding box as {@code [minX, minY, maxX, maxY]}. */
    public double[] bounds() {
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (Point p : points) {
            minX = Math.min(minX, p.x());
            minY = Math.min(minY, p.y());
            maxX = Math.max(maxX, p.x());
            maxY = Math.max(maxY, p.y());
        }
        return new double[] {minX, minY, maxX, maxY};
    }

    /** The enclosed area in square points (shoelace formula; the polygon must not cross itself). */
    public double area() {
        double twice = 0;
        for (int i = 0; i < points.size(); i++) {
            Point a = points.get(i);
            Point b = points.get((i + 1) % points.size());
            twice += a.x() * b.y() - b.x() * a.y();
        }
        return Math.abs(twice) / 2;
    }

    private static String format(double v) {
        double rounded = Math.round(v * 10) / 10.0;
        return rounded == Math.rint(rounded)
                ? Long.toString((long) rounded)
                : String.format(Locale.ROOT, "%.1f", rounded);
    }
}
