package com.masthead.media;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Removes metadata from a GIF without decoding it, so that animations survive byte for byte: comment and
 * plain-text extensions and every application extension other than the looping ones (which is where XMP, and
 * with it a camera position, would hide) are dropped; frames, palettes and frame timing are copied unchanged.
 * Anything after the trailer is dropped too. Stateless.
 */
final class GifCleaner {

    private static final int EXTENSION = 0x21;
    private static final int IMAGE = 0x2c;
    private static final int TRAILER = 0x3b;
    private static final int GRAPHIC_CONTROL = 0xf9;
    private static final int APPLICATION = 0xff;

    private GifCleaner() {}

    /**
     * The GIF without its metadata.
     *
     * @throws IllegalArgumentException when the block structure is broken (a block runs past the end)
     */
    static byte[] clean(byte[] gif) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(gif.length);
        int pos = 13 + colorTableSize(byteAt(gif, 10));
        out.write(gif, 0, checkedEnd(gif, pos));
        while (true) {
            int block = byteAt(gif, pos);
            if (block == TRAILER) {
                out.write(TRAILER);
                return out.toByteArray();
            }
            int end;
            if (block == IMAGE) {
                int descriptorEnd = pos + 10 + colorTableSize(byteAt(gif, pos + 9));
                end = skipSubBlocks(gif, descriptorEnd + 1); // one byte of LZW minimum code size
                out.write(gif, pos, end - pos);
            } else if (block == EXTENSION) {
                end = skipSubBlocks(gif, pos + 2);
                if (kept(gif, pos)) {
                    out.write(gif, pos, end - pos);
                }
            } else {
                throw new IllegalArgumentException("unknown GIF block 0x" + Integer.toHexString(block));
            }
            pos = end;
        }
    }

    private static boolean kept(byte[] gif, int pos) {
        int label = byteAt(gif, pos + 1);
        if (label == GRAPHIC_CONTROL) {
            return true;
        }
        if (label == APPLICATION && byteAt(gif, pos + 2) == 11) {
            String application = new String(gif, pos + 3, 11, StandardCharsets.US_ASCII);
            return application.equals("NETSCAPE2.0") || application.equals("ANIMEXTS1.0");
        }
        return false;
    }

    private static int skipSubBlocks(byte[] gif, int pos) {
        int size;
        while ((size = byteAt(gif, pos)) != 0) {
            pos += size + 1;
        }
        return checkedEnd(gif, pos + 1);
    }

    private static int colorTableSize(int packedFields) {
        return (packedFields & 0x80) == 0 ? 0 : 3 * (1 << ((packedFields & 0x07) + 1));
    }

    private static int byteAt(byte[] gif, int pos) {
        if (pos >= gif.length) {
            throw new IllegalArgumentException("GIF ends inside a block");
        }
        return gif[pos] & 0xff;
    }

    private static int checkedEnd(byte[] gif, int end) {
        if (end > gif.length) {
            throw new IllegalArgumentException("GIF ends inside a block");
        }
        return end;
    }
}
