package com.masthead.media;

import com.masthead.shared.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The gate in front of every decode: checks an upload's byte size, recognises its real format from its bytes and
 * reads its declared width and height from the header alone, without decoding a single pixel. Whatever it
 * refuses is refused as an {@link InvalidInputException} on the field {@value #FIELD}. Thread-safe.
 */
@Component
class ImageInspector {

    private static final Logger log = LoggerFactory.getLogger(ImageInspector.class);
    static final String FIELD = "file";

    private final MediaProperties limits;

    ImageInspector(MediaProperties limits) {
        this.limits = limits;
    }

    ImageHeader inspect(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new InvalidInputException(FIELD, "media.file.empty");
        }
        if (bytes.length > limits.maxFileSize().toBytes()) {
            throw new InvalidInputException(
                    FIELD, "media.file.too-large", limits.maxFileSize().toMegabytes());
        }
        ImageFormat format = ImageFormat.sniff(bytes)
                .orElseThrow(() -> new InvalidInputException(FIELD, "media.file.unsupported-type"));
        ImageHeader header = declaredSize(bytes, format);
        int width = header.width();
        int height = header.height();
        if (format == ImageFormat.GIF) {
            // A GIF also declares a "logical screen" that browsers allocate; it may be larger than its first frame.
            width = Math.max(width, littleEndianShort(bytes, 6));
            height = Math.max(height, littleEndianShort(bytes, 8));
        }
        if (width > limits.maxSide() || height > limits.maxSide() || (long) width * height > limits.maxPixels()) {
            throw new ImageTooLargeException(
                    "media.image.too-large",
                    String.valueOf(width),
                    String.valueOf(height),
                    String.valueOf(limits.maxSide()),
                    String.valueOf(limits.maxPixels() / 1_000_000));
        }
        return header;
    }

    private static ImageHeader declaredSize(byte[] bytes, ImageFormat format) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.readerName());
        if (!readers.hasNext()) {
            throw new IllegalStateException("no ImageIO reader for " + format);
        }
        ImageReader reader = readers.next();
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width <= 0 || height <= 0) {
                throw new IOException("no picture size in header");
            }
            return new ImageHeader(format, width, height);
        } catch (IOException | RuntimeException e) {
            // Readers throw all kinds of runtime exceptions on malformed headers; all mean "not a usable picture".
            log.debug("refused an upload whose header cannot be read", e);
            throw new InvalidInputException(FIELD, "media.file.unreadable");
        } finally {
            reader.dispose();
        }
    }

    private static int littleEndianShort(byte[] bytes, int offset) {
        return bytes.length < offset + 2 ? 0 : (bytes[offset] & 0xff) | (bytes[offset + 1] & 0xff) << 8;
    }
}
