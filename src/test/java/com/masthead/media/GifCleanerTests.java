package com.masthead.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;

class GifCleanerTests {

    @Test
    void dropsCommentsAndXmpButKeepsEveryFrameAndTheLoop() throws Exception {
        List<BufferedImage> frames = List.of(frame(20, 10, 1), frame(20, 10, 2), frame(20, 10, 3));
        byte[] gif = TestImages.gifWithMetadata(frames);
        assertThat(text(gif)).contains("secret place", TestImages.GPS_MARKER, "NETSCAPE2.0");

        byte[] cleaned = GifCleaner.clean(gif);

        assertThat(text(cleaned)).doesNotContain("secret place", TestImages.GPS_MARKER, "XMP Data");
        assertThat(text(cleaned)).contains("NETSCAPE2.0");
        assertThat(frameCount(cleaned)).isEqualTo(3);
        assertThat(ImageIO.read(new ByteArrayInputStream(cleaned)).getRGB(5, 5))
                .isEqualTo(ImageIO.read(new ByteArrayInputStream(gif)).getRGB(5, 5));
    }

    @Test
    void keepsAGifWithoutMetadataByteForByte() {
        byte[] gif = TestImages.write(frame(8, 8, 1), "gif");

        assertThat(GifCleaner.clean(gif)).isEqualTo(gif);
    }

    @Test
    void refusesAGifThatEndsInsideABlock() {
        byte[] gif = TestImages.gifWithMetadata(List.of(frame(20, 10, 1)));

        assertThatThrownBy(() -> GifCleaner.clean(Arrays.copyOf(gif, gif.length - 10)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static BufferedImage frame(int width, int height, int seed) {
        return TestImages.picture(width, height, seed, BufferedImage.TYPE_BYTE_INDEXED);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    private static int frameCount(byte[] gif) throws Exception {
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(gif))) {
            reader.setInput(in);
            return reader.getNumImages(true);
        } finally {
            reader.dispose();
        }
    }
}
