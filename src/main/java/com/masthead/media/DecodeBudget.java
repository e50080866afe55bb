package com.masthead.media;

import java.util.concurrent.Semaphore;

/**
 * The heap that picture decodes may take together, handed out in permits. A decode is charged width × height ×
 * {@value #BYTES_PER_PIXEL} bytes per pixel × {@value #COPIES} copies (the decoded picture, an upright or opaque
 * copy of it, and the scaling and encoding that follow); a decode waits until its charge is free, so concurrent
 * decodes together never exceed the budget. A picture whose full-size charge exceeds the whole budget is decoded
 * subsampled (every n-th pixel of every n-th row, straight from the file, so the full size is never allocated);
 * one that would have to shrink below the width it is needed at is refused. Thread-safe.
 */
final class DecodeBudget {

    static final int BYTES_PER_PIXEL = 4;
    static final int COPIES = 3;
    private static final long KIB = 1024;

    private final long bytes;
    private final int totalPermits;
    private final Semaphore permits;

    /** A budget of {@code bytes} heap bytes (half the maximum heap by default, see {@link MediaProperties}). */
    DecodeBudget(long bytes) {
        this.bytes = bytes;
        this.totalPermits = (int) Math.max(1, Math.min(Integer.MAX_VALUE, bytes / KIB));
        this.permits = new Semaphore(totalPermits, true);
    }

    long bytes() {
        return bytes;
    }

    /** What decoding a picture of this size is charged, in bytes. */
    static long cost(long width, long height) {
        return width * height * BYTES_PER_PIXEL * COPIES;
    }

    /**
     * The subsampling step to decode a {@code width}×{@code height} picture with: 1 when the full picture fits the
     * budget, else the smallest step that makes it fit.
     *
     * @param neededWidth the width the decoded picture must keep (the largest variant's, or less when the picture is
     *     narrower)
     * @throws ImageTooLargeException when not even a step that keeps {@code neededWidth} fits
     */
    int step(int width, int height, int neededWidth) {
        int largest = Math.max(1, width / Math.max(1, Math.min(width, neededWidth)));
        for (int step = 1; step <= largest; step++) {
            if (cost(scaled(width, step), scaled(height, step)) <= bytes) {
                return step;
            }
        }
        throw new ImageTooLargeException(
                "media.image.too-large-for-memory",
                String.valueOf(width),
                String.valueOf(height),
                String.valueOf(bytes / (KIB * KIB)));
    }

    /** The size of one side decoded at {@code step}: every step-th pixel, starting with the first. */
    static int scaled(int side, int step) {
        return (side + step - 1) / step;
    }

    /**
     * Waits until {@code cost} bytes of the budget are free and takes them; closing the permit returns them. A cost
     * above the whole budget takes the whole budget (so it runs alone rather than never).
     */
    Permit take(long cost) throws InterruptedException {
        int wanted = (int) Math.min(totalPermits, Math.max(1, (cost + KIB - 1) / KIB));
        permits.acquire(wanted);
        return () -> permits.release(wanted);
    }

    /** Bytes of the budget not taken right now. */
    long available() {
        return permits.availablePermits() * KIB;
    }

    /** A taken part of the budget; {@link #close} gives it back. */
    interface Permit extends AutoCloseable {
        @Override
        void close();
    }
}
