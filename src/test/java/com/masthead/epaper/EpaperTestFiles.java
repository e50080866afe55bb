package com.masthead.epaper;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Writes page images the way intake stores them, for tests of screens that show them. */
public final class EpaperTestFiles {

    private EpaperTestFiles() {}

    /** A plain white JPEG of {@code width} × {@code height} px stored as the page image of {@code hash}. */
    public static void writePageImage(EpaperFiles files, String hash, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.write(EpaperFiles.imageKey(hash, width), out.toByteArray());
    }
}
