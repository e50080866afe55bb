package com.masthead.epaper;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Semaphore;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import net.coobird.thumbnailator.Thumbnails;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.springframework.stereotype.Component;

/**
 * Renders a page to JPEG at every width of {@code masthead.epaper.image-widths}: once at the largest width, then
 * each smaller one scaled down from the next larger (Thumbnailator, as the media library does). At most {@code
 * max-concurrent-renders} pages render at once across all intakes; the pixels of one render are bounded by the
 * inspection ({@code max-page-pixels}). Images already stored for a PDF are not rendered again. Thread-safe.
 */
@Component
class PageImages {

    private static final float JPEG_QUALITY = 0.85f;

    private final EpaperFiles files;
    private final EpaperProperties sizes;
    private final Semaphore renders;

    PageImages(EpaperFiles files, EpaperProperties sizes) {
        this.files = files;
        this.sizes = sizes;
        this.renders = new Semaphore(sizes.maxConcurrentRenders(), true);
    }

    /** Renders page {@code index} of {@code document}, of size {@code size}, as the images of {@code hash}. */
    void render(PDDocument document, int index, PageSize size, String hash) throws IOException, InterruptedException {
        List<Integer> widths = sizes.imageWidths();
        if (widths.stream().allMatch(w -> files.hasImage(hash, w))) {
            return;
        }
        renders.acquire();
        try {
            int largest = sizes.largestWidth();
            float scale = (float) (largest / size.widthPt());
            BufferedImage pixels = new PDFRenderer(document).renderImage(index, scale, ImageType.RGB);
            for (int i = widths.size() - 1; i >= 0; i--) {
                int width = widths.get(i);
                int height = (int) Math.max(1, Math.round(width * size.heightPt() / size.widthPt()));
                if (pixels.getWidth() != width || pixels.getHeight() != height) {
                    pixels = Thumbnails.of(pixels).forceSize(width, height).asBufferedImage();
                }
                files.write(EpaperFiles.imageKey(hash, width), jpeg(pixels));
            }
        } finally {
            renders.release();
        }
    }

    private static byte[] jpeg(BufferedImage pixels) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.setOutput(out);
            writer.write(null, new IIOImage(pixels, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
