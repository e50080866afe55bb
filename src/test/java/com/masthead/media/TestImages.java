package com.masthead.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Test pictures, all generated in code. {@code seed} makes pictures of the same size differ, so that tests sharing
 * a database do not deduplicate each other's uploads.
 */
final class TestImages {

    /** Text that the EXIF GPS block carries (as GPSMapDatum); must never appear in a stored file. */
    static final String GPS_MARKER = "WGS-84-MASTHEAD";

    private TestImages() {}

    static BufferedImage picture(int width, int height, int seed, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int rgb = ((x * 255 / width) << 16) | ((y * 255 / height) << 8) | ((seed * 37) & 0xff);
                image.setRGB(x, y, 0xff000000 | rgb);
            }
        }
        return image;
    }

    static byte[] jpeg(int width, int height, int seed) {
        return write(picture(width, height, seed, BufferedImage.TYPE_INT_RGB), "jpeg");
    }

    static byte[] png(int width, int height, int seed) {
        return write(picture(width, height, seed, BufferedImage.TYPE_INT_ARGB), "png");
    }

    static byte[] write(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A JPEG with an EXIF block (after the JFIF header) holding an orientation and a GPS position. */
    static byte[] jpegWithExif(int width, int height, int seed, int orientation) {
        byte[] jpeg = jpeg(width, height, seed);
        int app0Length = ((jpeg[4] & 0xff) << 8) | (jpeg[5] & 0xff);
        int insertAt = 4 + app0Length; // SOI (2) + APP0 marker (2) + APP0 length
        byte[] app1 = exifSegment(orientation);
        ByteBuffer out = ByteBuffer.allocate(jpeg.length + app1.length);
        out.put(jpeg, 0, insertAt).put(app1).put(jpeg, insertAt, jpeg.length - insertAt);
        return out.array();
    }

    private static byte[] exifSegment(int orientation) {
        ByteBuffer tiff = ByteBuffer.allocate(180).order(ByteOrder.BIG_ENDIAN);
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        // IFD0 at 8: orientation and the pointer to the GPS IFD at 38
        tiff.putShort((short) 2);
        entry(tiff, 0x0112, 3, 1, orientation << 16);
        entry(tiff, 0x8825, 4, 1, 38);
        tiff.putInt(0);
        // GPS IFD at 38, 6 entries, its values from 116 on
        tiff.putShort((short) 6);
        entry(tiff, 0x0000, 1, 4, 0x02030000);
        entry(tiff, 0x0001, 2, 2, 'N' << 24);
        entry(tiff, 0x0002, 5, 3, 116);
        entry(tiff, 0x0003, 2, 2, 'E' << 24);
        entry(tiff, 0x0004, 5, 3, 140);
        entry(tiff, 0x0012, 2, GPS_MARKER.length() + 1, 164);
        tiff.putInt(0);
        for (int value : new int[] {39, 1, 54, 1, 2712, 100, 116, 1, 23, 1, 4416, 100}) {
            tiff.putInt(value);
        }
        tiff.put(GPS_MARKER.getBytes(StandardCharsets.US_ASCII)).put((byte) 0);
        byte[] tiffBytes = new byte[tiff.position()];
        tiff.flip().get(tiffBytes);
        byte[] header = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);
        int length = 2 + header.length + tiffBytes.length;
        return ByteBuffer.allocate(2 + length)
                .put((byte) 0xff)
                .put((byte) 0xe1)
                .putShort((short) length)
                .put(header)
                .put(tiffBytes)
                .array();
    }

    private static void entry(ByteBuffer ifd, int tag, int type, int count, int value) {
        ifd.putShort((short) tag).putShort((short) type).putInt(count).putInt(value);
    }

    /** A PNG whose header declares {@code width}×{@code height} but whose data is a few bytes. */
    static byte[] pngDeclaring(int width, int height) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        try {
            out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
            byte[] ihdr = ByteBuffer.allocate(13)
                    .putInt(width)
                    .putInt(height)
                    .put((byte) 8)
                    .put((byte) 2)
                    .put((byte) 0)
                    .put((byte) 0)
                    .put((byte) 0)
                    .array();
            chunk(out, "IHDR", ihdr);
            Deflater deflater = new Deflater();
            deflater.setInput(new byte[4096]);
            deflater.finish();
            byte[] idat = new byte[256];
            int length = deflater.deflate(idat);
            chunk(out, "IDAT", Arrays.copyOf(idat, length));
            chunk(out, "IEND", new byte[0]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * A real, complete RGBA PNG of {@code width}×{@code height}: one colour (from {@code seed}) with a half-transparent
     * band across the middle. Written row by row, never held as pixels; being mostly uniform it compresses to a few
     * hundred kilobytes even at 40 megapixels, which is what makes it dangerous.
     */
    static byte[] mostlyUniformRgbaPng(int width, int height, int seed) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        try {
            out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
            chunk(
                    out,
                    "IHDR",
                    ByteBuffer.allocate(13)
                            .putInt(width)
                            .putInt(height)
                            .put((byte) 8)
                            .put((byte) 6)
                            .put((byte) 0)
                            .put((byte) 0)
                            .put((byte) 0)
                            .array());
            ByteArrayOutputStream idat = new ByteArrayOutputStream();
            Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
            try (var deflating = new java.util.zip.DeflaterOutputStream(idat, deflater, 64 * 1024)) {
                byte[] plain = row(width, (byte) (seed * 37), (byte) 0xff);
                byte[] band = row(width, (byte) (seed * 37), (byte) 0x80);
                for (int y = 0; y < height; y++) {
                    deflating.write(Math.abs(y - height / 2) < height / 20 ? band : plain);
                }
            } finally {
                deflater.end();
            }
            chunk(out, "IDAT", idat.toByteArray());
            chunk(out, "IEND", new byte[0]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] row(int width, byte blue, byte alpha) {
        byte[] row = new byte[1 + width * 4]; // filter type 0, then RGBA
        for (int x = 0; x < width; x++) {
            row[1 + x * 4] = (byte) 0x30;
            row[2 + x * 4] = (byte) 0x60;
            row[3 + x * 4] = blue;
            row[4 + x * 4] = alpha;
        }
        return row;
    }

    private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeInt(data.length);
        out.write(name);
        out.write(data);
        out.writeInt((int) crc.getValue());
    }

    /**
     * A GIF with the given frames, a comment, an XMP application extension mentioning a GPS position and (for
     * more than one frame) the NETSCAPE looping extension.
     */
    static byte[] gifWithMetadata(List<BufferedImage> frames) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (int i = 0; i < frames.size(); i++) {
                BufferedImage frame = frames.get(i);
                ImageWriteParam param = writer.getDefaultWriteParam();
                IIOMetadata metadata =
                        writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(frame), param);
                String format = metadata.getNativeMetadataFormatName();
                IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(format);
                addMetadataExtensions(root, i, frames.size());
                metadata.setFromTree(format, root);
                writer.writeToSequence(new IIOImage(frame, null, metadata), param);
            }
            writer.endWriteSequence();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    // The JDK writer writes one application extension per frame: the loop goes before the first frame and the
    // XMP before the last one (or the only one).
    private static void addMetadataExtensions(IIOMetadataNode root, int frame, int frameCount) {
        if (frame == 0) {
            IIOMetadataNode comments = new IIOMetadataNode("CommentExtensions");
            IIOMetadataNode comment = new IIOMetadataNode("CommentExtension");
            comment.setAttribute("value", "shot at the secret place");
            comments.appendChild(comment);
            root.appendChild(comments);
        }
        IIOMetadataNode application = new IIOMetadataNode("ApplicationExtension");
        if (frame == 0 && frameCount > 1) {
            application.setAttribute("applicationID", "NETSCAPE");
            application.setAttribute("authenticationCode", "2.0");
            application.setUserObject(new byte[] {1, 0, 0});
        } else if (frame == frameCount - 1) {
            application.setAttribute("applicationID", "XMP Data");
            application.setAttribute("authenticationCode", "XMP");
            application.setUserObject(("<x:xmpmeta><exif:GPSLatitude>" + GPS_MARKER + "</exif:GPSLatitude></x:xmpmeta>")
                    .getBytes(StandardCharsets.US_ASCII));
        } else {
            return;
        }
        IIOMetadataNode applications = new IIOMetadataNode("ApplicationExtensions");
        applications.appendChild(application);
        root.appendChild(applications);
    }

    /**
     * A lossless WebP of one colour. Built by hand because ImageIO cannot write WebP: every prefix code is a
     * "simple" code with a single symbol, so the pixels themselves take no bits at all.
     */
    static byte[] webp(int width, int height, int argb) {
        Bits bits = new Bits();
        bits.put(0x2f, 8);
        bits.put(width - 1, 14);
        bits.put(height - 1, 14);
        bits.put((argb >>> 24) == 0xff ? 0 : 1, 1); // alpha is used
        bits.put(0, 3); // version
        bits.put(0, 1); // no transform
        bits.put(0, 1); // no colour cache
        bits.put(0, 1); // no meta prefix codes
        int[] symbols = {(argb >> 8) & 0xff, (argb >> 16) & 0xff, argb & 0xff, (argb >>> 24) & 0xff, 0};
        for (int symbol : symbols) {
            bits.put(1, 1); // simple code
            bits.put(0, 1); // one symbol
            bits.put(1, 1); // 8-bit symbol
            bits.put(symbol, 8);
        }
        // Trailing zero bytes: the decoder reads ahead, and hitting the end of the stream on every pixel is slow.
        byte[] vp8l = Arrays.copyOf(bits.toByteArray(), bits.toByteArray().length + 8);
        int padded = vp8l.length + (vp8l.length % 2);
        ByteBuffer riff = ByteBuffer.allocate(20 + padded).order(ByteOrder.LITTLE_ENDIAN);
        riff.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(12 + padded);
        riff.put("WEBP".getBytes(StandardCharsets.US_ASCII));
        riff.put("VP8L".getBytes(StandardCharsets.US_ASCII)).putInt(vp8l.length).put(vp8l);
        return riff.array();
    }

    /** Writes values least significant bit first, as WebP lossless reads them. */
    private static final class Bits {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private int current;
        private int used;

        void put(int value, int count) {
            for (int i = 0; i < count; i++) {
                current |= ((value >> i) & 1) << used;
                if (++used == 8) {
                    out.write(current);
                    current = 0;
                    used = 0;
                }
            }
        }

        byte[] toByteArray() {
            if (used > 0) {
                out.write(current);
                current = 0;
                used = 0;
            }
            return out.toByteArray();
        }
    }
}
