package com.masthead.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.masthead.shared.InvalidInputException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class ImageEncoderTests {

    private final ImageInspector inspector = new ImageInspector(MediaProperties.defaults());
    private final ImageEncoder encoder = new ImageEncoder(MediaProperties.defaults());

    @Test
    void decodesAPictureTooLargeForTheBudgetSubsampledAndStoresItAtThatSize() {
        // 2400×1200 is charged 34.6 MB at full size, 8.6 MB at half size.
        ImageEncoder tight = new ImageEncoder(new MediaProperties(null, 0, 0, 0, DataSize.ofMegabytes(20)));
        byte[] png = TestImages.png(2400, 1200, 4);
        byte[] jpeg = TestImages.jpeg(2400, 1200, 4);

        ProcessedImage fromPng = tight.process(png, inspector.inspect(png));
        ProcessedImage fromJpeg = tight.process(jpeg, inspector.inspect(jpeg));

        assertThat(new int[] {fromPng.width(), fromPng.height()}).containsExactly(1200, 600);
        assertThat(size(fromPng.original())).containsExactly(1200, 600);
        assertThat(size(fromPng.variants().get(ImageVariant.ARTICLE))).containsExactly(960, 480);
        assertThat(size(fromJpeg.original())).containsExactly(1200, 600);
        assertThat(size(process(jpeg).original()))
                .as("the default budget decodes it whole")
                .containsExactly(2400, 1200);
    }

    @Test
    void storesAnOpaqueWebpAsJpeg() {
        ProcessedImage image = process(TestImages.webp(64, 48, 0xff336699));

        assertThat(image.extension()).isEqualTo("jpg");
        assertThat(image.mediaType()).isEqualTo("image/jpeg");
        assertThat(ImageFormat.sniff(image.original())).contains(ImageFormat.JPEG);
        thenColourIsAbout(decode(image.original()).getRGB(10, 10), 0x336699);
    }

    @Test
    void storesATransparentWebpAsPng() {
        ProcessedImage image = process(TestImages.webp(64, 48, 0x80336699));

        assertThat(image.extension()).isEqualTo("png");
        assertThat(image.mediaType()).isEqualTo("image/png");
        assertThat(decode(image.original()).getRGB(10, 10) >>> 24).isEqualTo(0x80);
        assertThat(ImageFormat.sniff(image.variants().get(ImageVariant.THUMB))).contains(ImageFormat.PNG);
    }

    @Test
    void scalesVariantsToTheirWidthKeepingTheAspectRatio() {
        ProcessedImage image = process(TestImages.jpeg(2000, 1000, 1));

        assertThat(size(image.variants().get(ImageVariant.ARTICLE))).containsExactly(960, 480);
        assertThat(size(image.variants().get(ImageVariant.CARD))).containsExactly(480, 240);
        assertThat(size(image.variants().get(ImageVariant.THUMB))).containsExactly(240, 120);
    }

    @Test
    void neverScalesAVariantUp() {
        ProcessedImage image = process(TestImages.png(300, 200, 1));

        assertThat(size(image.variants().get(ImageVariant.ARTICLE))).containsExactly(300, 200);
        assertThat(size(image.variants().get(ImageVariant.CARD))).containsExactly(300, 200);
        assertThat(size(image.variants().get(ImageVariant.THUMB))).containsExactly(240, 160);
    }

    @Test
    void keepsAnAnimatedGifAnimatedAndGivesItStillPngVariants() {
        byte[] gif = TestImages.gifWithMetadata(List.of(
                TestImages.picture(500, 100, 1, BufferedImage.TYPE_BYTE_INDEXED),
                TestImages.picture(500, 100, 2, BufferedImage.TYPE_BYTE_INDEXED)));

        ProcessedImage image = process(gif);

        assertThat(image.extension()).isEqualTo("gif");
        assertThat(image.original()).isEqualTo(GifCleaner.clean(gif));
        assertThat(ImageFormat.sniff(image.variants().get(ImageVariant.CARD))).contains(ImageFormat.PNG);
        assertThat(size(image.variants().get(ImageVariant.CARD))).containsExactly(480, 96);
    }

    @Test
    void refusesPixelDataThatIsBrokenBehindAValidHeader() {
        byte[] png = TestImages.png(200, 200, 1);
        byte[] broken = Arrays.copyOf(png, png.length / 2);

        assertThatThrownBy(() -> encoder.process(broken, inspector.inspect(broken)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("media.file.unreadable"));
    }

    private ProcessedImage process(byte[] bytes) {
        return encoder.process(bytes, inspector.inspect(bytes));
    }

    static BufferedImage decode(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int[] size(byte[] bytes) {
        BufferedImage image = decode(bytes);
        return new int[] {image.getWidth(), image.getHeight()};
    }

    private static void thenColourIsAbout(int rgb, int expected) {
        for (int shift : new int[] {16, 8, 0}) {
            assertThat((rgb >> shift) & 0xff).isCloseTo((expected >> shift) & 0xff, within(4));
        }
    }
}
