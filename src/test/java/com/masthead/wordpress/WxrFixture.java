package com.masthead.wordpress;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The WordPress export written for these tests ({@code src/test/resources/wordpress/fixture-wxr.xml}): two authors,
 * nested categories and one with a Chinese slug, tags, an English and a Chinese post (with a Chinese slug), a draft,
 * a page, an attachment used as featured picture, an inline picture, and comments approved, pending and spam.
 * Each use gets its own run number in titles, slugs, links and ids, so imports into one database do not meet.
 */
public final class WxrFixture {

    private static final AtomicInteger RUNS = new AtomicInteger((int) (System.nanoTime() % 9000) + 1000);

    private WxrFixture() {}

    /** A fresh run number. */
    public static int nextRun() {
        return RUNS.incrementAndGet();
    }

    public static String xml(int run) {
        try (InputStream in = WxrFixture.class.getResourceAsStream("/wordpress/fixture-wxr.xml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{{RUN}}", String.valueOf(run));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] bytes(int run) {
        return xml(run).getBytes(StandardCharsets.UTF_8);
    }
}
