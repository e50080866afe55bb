package com.masthead.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.masthead.shared.FieldProblem;
import com.masthead.shared.InvalidInputException;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class ImageInspectorTests {

    private final ImageInspector inspector = new ImageInspector(MediaProperties.defaults());

    @Test
    void recognisesEachAcceptedFormatFromItsBytes() {
        assertThat(inspector.inspect(TestImages.jpeg(300, 200, 1)))
                .isEqualTo(new ImageHeader(ImageFormat.JPEG, 300, 200));
        assertThat(inspector.inspect(TestImages.png(30, 20, 1))).isEqualTo(new ImageHeader(ImageFormat.PNG, 30, 20));
        assertThat(inspector.inspect(TestImages.gifWithMetadata(List.of(gifFrame(40, 10)))))
                .isEqualTo(new ImageHeader(ImageFormat.GIF, 40, 10));
        assertThat(inspector.inspect(TestImages.webp(64, 48, 0xff336699)))
                .isEqualTo(new ImageHeader(ImageFormat.WEBP, 64, 48));
    }

    @Test
    void refusesTextWhateverItIsCalled() {
        byte[] text = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);

        thenRefused(text, "media.file.unsupported-type");
    }

    @Test
    void refusesFormatsOutsideTheAcceptedOnes() {
        byte[] bmp = TestImages.write(TestImages.picture(10, 10, 1, BufferedImage.TYPE_INT_RGB), "bmp");

        thenRefused(bmp, "media.file.unsupported-type");
    }

    @Test
    void refusesAnEmptyUpload() {
        thenRefused(new byte[0], "media.file.empty");
        thenRefused(null, "media.file.empty");
    }

    @Test
    void refusesMoreBytesThanTheLimitBeforeLookingAtThem() {
        ImageInspector small = new ImageInspector(new MediaProperties(DataSize.ofBytes(1000), 0, 0, 0, null));

        assertThat(small.inspect(Arrays.copyOf(TestImages.png(2, 2, 1), 1000)).format())
                .isEqualTo(ImageFormat.PNG);
        assertThatThrownBy(() -> small.inspect(new byte[1001]))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::field, FieldProblem::messageKey)
                                .containsExactly(org.assertj.core.groups.Tuple.tuple("file", "media.file.too-large")));
    }

    @Test
    void refusesADeclaredPixelBombFromItsHeaderWithoutDecodingIt() {
        byte[] bomb = TestImages.pngDeclaring(60_000, 60_000);

        assertThat(bomb.length).isLessThan(200);
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> thenRefused(bomb, "media.image.too-large"));
    }

    @Test
    void refusesTooManyPixelsEvenWhenEachSideIsWithinLimits() {
        ImageInspector inspector = new ImageInspector(new MediaProperties(null, 1_000, 100, 0, null));

        assertThat(inspector.inspect(TestImages.png(40, 25, 1)).width()).isEqualTo(40);
        thenRefused(inspector, TestImages.png(40, 26, 1), "media.image.too-large");
        thenRefused(inspector, TestImages.png(101, 1, 1), "media.image.too-large");
    }

    @Test
    void refusesAGifWhoseLogicalScreenIsTooLarge() {
        byte[] gif = TestImages.gifWithMetadata(List.of(gifFrame(10, 10)));
        gif[6] = (byte) 0xff; // logical screen width 65535
        gif[7] = (byte) 0xff;

        thenRefused(gif, "media.image.too-large");
    }

    @Test
    void refusesAFileThatOnlyStartsLikeAPicture() {
        byte[] png = TestImages.png(10, 10, 1);

        thenRefused(Arrays.copyOf(png, 12), "media.file.unreadable");
        thenRefused(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0, 1, 2}, "media.file.unreadable");
    }

    private void thenRefused(byte[] bytes, String messageKey) {
        thenRefused(inspector, bytes, messageKey);
    }

    private static void thenRefused(ImageInspector inspector, byte[] bytes, String messageKey) {
        AbstractThrowableAssert<?, ?> refusal = assertThatThrownBy(() -> inspector.inspect(bytes));
        refusal.isInstanceOfSatisfying(
                InvalidInputException.class,
                e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.field()).isEqualTo("file");
                    assertThat(p.messageKey()).isEqualTo(messageKey);
                }));
    }

    static BufferedImage gifFrame(int width, int height) {
        return TestImages.picture(width, height, 3, BufferedImage.TYPE_BYTE_INDEXED);
    }
}
