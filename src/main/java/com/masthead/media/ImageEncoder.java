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
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.util.exif.ExifFilterUtils;
import net.coobird.thumbnailator.util.exif.ExifUtils;
import net.coobird.thumbnailator.util.exif.Orientation;
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
 * decoded at once, and only while their charge fits the {@link DecodeBudget} ({@code masthead.media.decode-memory});
 * further callers wait. Decoding goes straight through the ImageIO reader (no full-size copy on the way in), and
 * pictures too large for the budget are decoded subsampled. Thread-safe.
 */
@Component
class ImageEncoder {

    private static final Logger log = LoggerFactory.getLogger(ImageEncoder.class);
    private static final float ORIGINAL_JPEG_QUALITY = 0.9f;
    private static final float VARIANT_JPEG_QUALITY = 0.85f;
    private static final List<ImageVariant> LARGEST_FIRST =
            List.of(ImageVariant.ARTICLE, ImageVariant.CARD, ImageVariant.THUMB);

    private final Semaphore decodes;
    private final DecodeBudget budget;

    ImageEncoder(MediaProperties limits) {
        this.decodes = new Semaphore(limits.maxConcurrentDecodes(), true);
        this.budget = new DecodeBudget(limits.decodeMemory().toBytes());
    }

    /**
     * Cleans an upload that {@link ImageInspector} has accepted and encodes all its variants. A picture too large
     * for the decode budget at full size is decoded subsampled, so its stored original is smaller than the upload.
     *
     * @throws ImageTooLargeException when not even a subsampled decode fits the budget
     * @throws InvalidInputException on the field "file" when the pixel data turns out to be broken
     */
    ProcessedImage process(byte[] bytes, ImageHeader header) {
        int article = ImageVariant.ARTICLE.maxWidth();
        int step = budget.step(header.width(), header.height(), article);
        if (header.format() == ImageFormat.GIF) {
            // Only the variants come from a GIF's pixels (its bytes are stored as they are): skip what they never show.
            step = Math.max(step, header.width() / (2 * article));
        }
        int decodeStep = step;
        long cost = DecodeBudget.cost(
                DecodeBudget.scaled(header.width(), step), DecodeBudget.scaled(header.height(), step));
        return whileDecoding(cost, () -> {
            try {
                return processDecoded(bytes, header, decodeStep);
            } catch (IOException | RuntimeException e) {
                log.debug("refused an upload whose pixel data cannot be decoded", e);
                throw new InvalidInputException(ImageInspector.FIELD, "media.file.unreadable");
            }
        });
    }

    /**
     * Encodes one variant from a stored original (which carries no metadata and is already upright), decoding it
     * subsampled to about twice the variant's width.
     */
    byte[] variantFromOriginal(byte[] bytes, String original, String originalExtension, ImageVariant variant) {
        try {
            ImageHeader header = header(bytes, original);
            int step = Math.max(
                    budget.step(header.width(), header.height(), variant.maxWidth()),
                    header.width() / (2 * variant.maxWidth()));
            long cost = DecodeBudget.cost(
                    DecodeBudget.scaled(header.width(), step), DecodeBudget.scaled(header.height(), step));
            return whileDecoding(cost, () -> {
                try {
                    return encodeVariant(read(bytes, header.format(), step), variant, originalExtension);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ProcessedImage processDecoded(byte[] bytes, ImageHeader header, int step) throws IOException {
        if (header.format() == ImageFormat.GIF) {
            byte[] cleaned = GifCleaner.clean(bytes);
            BufferedImage firstFrame = read(cleaned, ImageFormat.GIF, step);
            return ProcessedImage.of(
                    cleaned, "image/gif", "gif", header.width(), header.height(), variants(firstFrame, "gif"));
        }
        BufferedImage pixels = read(bytes, header.format(), step);
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

    /**
     * The first picture in {@code bytes}, every {@code step}-th pixel of every {@code step}-th row, turned upright
     * by its EXIF orientation when it is a JPEG. The reader allocates only the subsampled picture.
     */
    private static BufferedImage read(byte[] bytes, ImageFormat format, int step) throws IOException {
        ImageReader reader = reader(format);
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, format != ImageFormat.JPEG);
            ImageReadParam param = reader.getDefaultReadParam();
            if (step > 1) {
                param.setSourceSubsampling(step, step, 0, 0);
            }
            BufferedImage pixels = reader.read(0, param);
            if (format == ImageFormat.JPEG) {
                Orientation orientation = ExifUtils.getExifOrientation(reader, 0);
                if (orientation != null && orientation != Orientation.TOP_LEFT) {
                    pixels =
                            ExifFilterUtils.getFilterForOrientation(orientation).apply(pixels);
                }
            }
            return pixels;
        } finally {
            reader.dispose();
        }
    }

    private static ImageHeader header(byte[] bytes, String file) throws IOException {
        ImageFormat format =
                ImageFormat.sniff(bytes).orElseThrow(() -> new IOException("stored original of unknown type: " + file));
        ImageReader reader = reader(format);
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            return new ImageHeader(format, reader.getWidth(0), reader.getHeight(0));
        } finally {
            reader.dispose();
        }
    }

    private static ImageReader reader(ImageFormat format) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.readerName());
        if (!readers.hasNext()) {
            throw new IllegalStateException("no ImageIO reader for " + format);
        }
        return readers.next();
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

    private <T> T whileDecoding(long cost, Supplier<T> work) {
        try {
            decodes.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to decode a picture", e);
        }
        try (DecodeBudget.Permit permit = budget.take(cost)) {
            return work.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for memory to decode a picture", e);
        } finally {
            decodes.release();
        }
    }
}
