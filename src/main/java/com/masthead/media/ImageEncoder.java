package com.masthead.media;

import com.masthead.shared.InvalidInputException;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import net.coobird.thumbnailator.Thumbnails;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Decodes inspected uploads and encodes what is stored: the cleaned original and the smaller variants. Encoding
 * never copies metadata, so EXIF (with GPS positions), XMP, IPTC and text chunks are gone from every stored file;
 * the EXIF orientation is applied to the pixels first. JPEG stays JPEG, PNG stays PNG, WebP (which ImageIO cannot
 * write) becomes PNG when it has transparent pixels and JPEG otherwise; GIF keeps its bytes, animation included,
 * minus its metadata blocks ({@link GifCleaner}); its variants show the first frame. Colour profiles are not
 * kept: pixels are stored as decoded (sRGB). At most {@code masthead.media.max-concurrent-decodes} pictures are
 * decoded at once; further callers wait. Thread-safe.
 */
@Component
class ImageEncoder {

    private static final Logger log = LoggerFactory.getLogger(ImageEncoder.class);
    private static final float ORIGINAL_JPEG_QUALITY = 0.9f;
    private static final float VARIANT_JPEG_QUALITY = 0.85f;
    private static final List<ImageVariant> LARGEST_FIRST =
            List.of(ImageVariant.ARTICLE, ImageVariant.CARD, ImageVariant.THUMB);

    private final Semaphore decodes;

    ImageEncoder(MediaProperties limits) {
        this.decodes = new Semaphore(limits.maxConcurrentDecodes(), true);
    }

    /**
     * Cleans an upload that {@link ImageInspector} has accepted and encodes all its variants.
     *
     * @throws InvalidInputException on the field "file" when the pixel data turns out to be broken
     */
    ProcessedImage process(byte[] bytes, ImageHeader header) {
        return whileDecoding(() -> {
            try {
                return processDecoded(bytes, header);
            } catch (IOException | RuntimeException e) {
                log.debug("refused an upload whose pixel data cannot be decoded", e);
                throw new InvalidInputException(ImageInspector.FIELD, "media.file.unreadable");
            }
        });
    }

    /** Encodes one variant from a stored original (which carries no metadata and is already upright). */
    byte[] variantFromOriginal(Path original, String originalExtension, ImageVariant variant) {
        return whileDecoding(() -> {
            try {
                BufferedImage pixels = ImageIO.read(original.toFile());
                if (pixels == null) {
                    throw new IOException("no reader for stored original " + original);
                }
                return encodeVariant(pixels, variant, originalExtension);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private ProcessedImage processDecoded(byte[] bytes, ImageHeader header) throws IOException {
        if (header.format() == ImageFormat.GIF) {
            byte[] cleaned = GifCleaner.clean(bytes);
            BufferedImage firstFrame = ImageIO.read(new ByteArrayInputStream(cleaned));
            if (firstFrame == null) {
                throw new IOException("GIF without a frame");
            }
            return ProcessedImage.of(
                    cleaned, "image/gif", "gif", header.width(), header.height(), variants(firstFrame, "gif"));
        }
        BufferedImage pixels = Thumbnails.of(new ByteArrayInputStream(bytes))
                .scale(1.0)
                .useExifOrientation(true)
                .asBufferedImage();
        boolean png = header.format() == ImageFormat.PNG
                || (header.format() == ImageFormat.WEBP && hasTransparentPixels(pixels));
        if (!png) {
            pixels = opaque(pixels);
        }
        String extension = png ? "png" : "jpg";
        return ProcessedImage.of(
                encode(pixels, extension, ORIGINAL_JPEG_QUALITY),
                png ? "image/png" : "image/jpeg",
                extension,
                pixels.getWidth(),
                pixels.getHeight(),
                variants(pixels, extension));
    }

    private Map<ImageVariant, byte[]> variants(BufferedImage pixels, String originalExtension) throws IOException {
        Map<ImageVariant, byte[]> variants = new EnumMap<>(ImageVariant.class);
        // Each variant is scaled from the next larger one: far cheaper than scaling a huge original three times.
        BufferedImage source = pixels;
        for (ImageVariant variant : LARGEST_FIRST) {
            source = scaled(source, variant);
            variants.put(variant, encode(source, variant.extensionFor(originalExtension), VARIANT_JPEG_QUALITY));
        }
        return variants;
    }

    private static byte[] encodeVariant(BufferedImage pixels, ImageVariant variant, String originalExtension)
            throws IOException {
        return encode(scaled(pixels, variant), variant.extensionFor(originalExtension), VARIANT_JPEG_QUALITY);
    }

    /** Scaled down to the variant's width, keeping the aspect ratio; never scaled up. */
    private static BufferedImage scaled(BufferedImage pixels, ImageVariant variant) throws IOException {
        if (pixels.getWidth() <= variant.maxWidth()) {
            return pixels;
        }
        int height =
                (int) Math.max(1, Math.round((double) pixels.getHeight() * variant.maxWidth() / pixels.getWidth()));
        return Thumbnails.of(pixels).forceSize(variant.maxWidth(), height).asBufferedImage();
    }

    private static byte[] encode(BufferedImage pixels, String extension, float jpegQuality) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if ("png".equals(extension)) {
            if (!ImageIO.write(pixels, "png", bytes)) {
                throw new IOException("no PNG writer");
            }
            return bytes.toByteArray();
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(jpegQuality);
            writer.setOutput(out);
            // No metadata object: the writer emits a bare JFIF header and nothing from the upload.
            writer.write(null, new IIOImage(opaque(pixels), null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** The picture without an alpha channel (JPEG has none), transparent areas on white. */
    private static BufferedImage opaque(BufferedImage pixels) {
        int type = pixels.getType();
        if (type == BufferedImage.TYPE_INT_RGB
                || type == BufferedImage.TYPE_3BYTE_BGR
                || type == BufferedImage.TYPE_BYTE_GRAY) {
            return pixels;
        }
        BufferedImage rgb = new BufferedImage(pixels.getWidth(), pixels.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
            g.drawImage(pixels, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }

    private static boolean hasTransparentPixels(BufferedImage pixels) {
        WritableRaster alpha = pixels.getAlphaRaster();
        if (alpha == null) {
            return false;
        }
        int opaque = (1
                        << pixels.getColorModel()
                                .getComponentSize(pixels.getColorModel().getNumComponents() - 1))
                - 1;
        int[] row = new int[alpha.getWidth()];
        for (int y = 0; y < alpha.getHeight(); y++) {
            alpha.getSamples(0, y, alpha.getWidth(), 1, 0, row);
            for (int sample : row) {
                if (sample < opaque) {
                    return true;
                }
            }
        }
        return false;
    }

    private <T> T whileDecoding(Supplier<T> work) {
        try {
            decodes.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to decode a picture", e);
        }
        try {
            return work.get();
        } finally {
            decodes.release();
        }
    }
}
