package com.masthead.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Draws on one page in top-down coordinates (y from the top edge, as areas are stored): lines of text broken to a
 * width, grey boxes and rules. A line's box runs from 0.88 font sizes above its baseline to 0.12 below, as
 * {@code epaper.PdfTextReader} measures it. Characters the font lacks are left out.
 */
final class Typesetter implements AutoCloseable {

    static final double ASCENT = 0.88;
    static final double DESCENT = 0.12;

    private final PDPageContentStream content;
    private final PDType0Font font;
    private final float pageHeight;
    private final Map<Integer, Float> widths = new HashMap<>();

    Typesetter(PDDocument document, PDPage page, PDType0Font font) throws IOException {
        this.content = new PDPageContentStream(document, page);
        this.font = font;
        this.pageHeight = page.getMediaBox().getHeight();
    }

    /** The text broken into lines at most {@code width} wide at {@code size}; every character kept is drawable. */
    List<String> lines(String text, double size, double width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        double used = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            float w = width(cp);
            if (w < 0 || (Character.isWhitespace(cp) && line.isEmpty())) {
                continue;
            }
            double advance = w / 1000 * size;
            if (used + advance > width && !line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
                used = 0;
                if (Character.isWhitespace(cp)) {
                    continue;
                }
            }
            line.appendCodePoint(Character.isWhitespace(cp) ? ' ' : cp);
            used += advance;
        }
        if (!line.toString().isBlank()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The width of the widest of the lines at {@code size}. */
    double widest(List<String> lines, double size) {
        double widest = 0;
        for (String line : lines) {
            double w = 0;
            for (int i = 0; i < line.length(); ) {
                int cp = line.codePointAt(i);
                i += Character.charCount(cp);
                w += Math.max(0, width(cp)) / 1000 * size;
            }
            widest = Math.max(widest, w);
        }
        return widest;
    }

    /** Draws lines from {@code top}, {@code pitch} apart; returns the bottom of the last line's box. */
    double write(List<String> lines, double x, double top, double size, double pitch) {
        double baseline = top + ASCENT * size;
        try {
            for (String line : lines) {
                content.beginText();
                content.setFont(font, (float) size);
                content.newLineAtOffset((float) x, (float) (pageHeight - baseline));
                content.showText(line);
                content.endText();
                baseline += pitch;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines.isEmpty() ? top : baseline - pitch + DESCENT * size;
    }

    void box(double x, double top, double width, double height, float grey) {
        try {
            content.setNonStrokingColor(grey, grey, grey);
            content.addRect((float) x, (float) (pageHeight - top - height), (float) width, (float) height);
            content.fill();
            content.setNonStrokingColor(0f, 0f, 0f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void rule(double x1, double y, double x2) {
        try {
            content.setLineWidth(0.6f);
            content.moveTo((float) x1, (float) (pageHeight - y));
            content.lineTo((float) x2, (float) (pageHeight - y));
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The advance of a character in font units, or -1 when the font cannot draw it. */
    private float width(int codePoint) {
        return widths.computeIfAbsent(codePoint, cp -> {
            try {
                String s = new String(Character.toChars(cp));
                font.encode(s);
                return font.getStringWidth(s);
            } catch (IOException | IllegalArgumentException e) {
                return -1f;
            }
        });
    }

    @Override
    public void close() throws IOException {
        content.close();
    }
}
