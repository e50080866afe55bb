package com.masthead.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Draws the demo pictures: a two-colour gradient, an abstract motif made of simple shapes (seeded by the
 * picture's key, so the same key always gives the same picture) and the caption label when a CJK font exists.
 * Everything is generated here; no image file is shipped.
 */
final class DemoPicturePainter {

    private static final int WIDTH = 1200;
    private static final int HEIGHT = 800;

    private DemoPicturePainter() {}

    static byte[] paint(DemoContent.Picture picture) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            Color from = Color.decode(picture.palette().get(0));
            Color to = Color.decode(picture.palette().get(1));
            g.setPaint(new GradientPaint(0, 0, from, WIDTH, HEIGHT, to));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            drawMotif(g, picture, new Random(picture.key().hashCode()));
            drawLabel(g, picture.label());
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void drawMotif(Graphics2D g, DemoContent.Picture picture, Random random) {
        g.setColor(new Color(255, 255, 255, 70));
        g.setStroke(new BasicStroke(6f));
        int horizon = HEIGHT * 2 / 3;
        g.drawLine(0, horizon, WIDTH, horizon);
        int count = 4 + random.nextInt(5);
        for (int i = 0; i < count; i++) {
            int x = 80 + i * (WIDTH - 160) / count;
            int h = 120 + random.nextInt(300);
            switch (picture.motif()) {
                case "turbines", "cranes" -> {
                    g.drawLine(x, horizon, x, horizon - h);
                    g.drawLine(x, horizon - h, x + 70, horizon - h - 40);
                    g.drawLine(x, horizon - h, x - 60, horizon - h + 50);
                }
                case "gears", "flasks" -> g.drawOval(x - 40, horizon - h, 80 + h / 4, 80 + h / 4);
                default -> g.fillRect(x, horizon - h, 60 + random.nextInt(40), h);
            }
        }
    }

    private static void drawLabel(Graphics2D g, String label) {
        Font font = cjkFont();
        if (font == null || label == null) {
            return;
        }
        g.setFont(font);
        g.setColor(new Color(0, 0, 0, 110));
        g.fillRoundRect(40, HEIGHT - 150, g.getFontMetrics().stringWidth(label) + 60, 100, 20, 20);
        g.setColor(Color.WHITE);
        g.drawString(label, 70, HEIGHT - 78);
    }

    private static Font cjkFont() {
        List<String> families;
        try {
            families = Arrays.asList(
                    GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
        } catch (RuntimeException | Error e) {
            // A machine without fontconfig fonts: the pictures simply carry no label.
            return null;
        }
        for (String candidate : List.of("Noto Sans CJK SC", "Noto Sans SC", "WenQuanYi Micro Hei", "SimHei")) {
            if (families.contains(candidate)) {
                return new Font(candidate, Font.BOLD, 56);
            }
        }
        return null;
    }
}
