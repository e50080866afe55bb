package com.masthead.support.browser;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Pictures drawn for a test, so an upload is new to the library (it keeps one copy of identical files). */
public final class Pictures {

    private Pictures() {}

    /** A 960×540 PNG (a quay with berths at sea) whose pixels depend on {@code seed}; written into {@code dir}. */
    public static Path quay(Path dir, long seed) {
        BufferedImage image = new BufferedImage(960, 540, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setPaint(new GradientPaint(0, 0, new Color(0x9cc3e6), 0, 300, new Color(0xe8f1f8)));
            g.fillRect(0, 0, 960, 300);
            g.setColor(new Color(0x1f5f8b));
            g.fillRect(0, 300, 960, 240);
            g.setColor(new Color(0x6b6b6b));
            for (int berth = 0; berth < 4; berth++) {
                g.fillRect(60 + berth * 230, 330, 180, 40);
            }
            // The seed makes the file differ from any picture uploaded before.
            g.setColor(new Color((int) (seed & 0xffffff)));
            g.fillRect(0, 0, 4 + (int) Math.floorMod(seed, 40), 4);
        } finally {
            g.dispose();
        }
        Path file = dir.resolve("quay-" + Long.toHexString(seed) + ".png");
        try {
            ImageIO.write(image, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
