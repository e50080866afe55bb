package com.masthead.epaper;

/**
 * A block of text on a page: lines of one font size in one column, close together. Coordinates in PDF points, y
 * downwards from the top edge (as in {@link Polygon}); {@code (x, y)} is the top-left corner.
 */
public record TextBlock(double x, double y, double width, double height, String text, double fontSize) {

    public double right() {
        return x + width;
    }

    public double bottom() {
        return y + height;
    }

    /** How much of the narrower of the two blocks' widths the two share horizontally (0..1). */
    public double horizontalOverlap(TextBlock other) {
        double shared = Math.min(right(), other.right()) - Math.max(x, other.x);
        double narrower = Math.min(width, other.width);
        return narrower <= 0 ? 0 : Math.max(0, shared) / narrower;
    }
}
