package com.masthead.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Uploads against the real heap: a JVM of its own started with the {@code -Xmx512m} the README recommends, where
 * two 40-megapixel RGBA PNGs of under 200 KB each, processed at once, used to end in {@link OutOfMemoryError}.
 */
class ImageHeapIntegrationTests {

    static final String RECOMMENDED_HEAP = "-Xmx512m";

    @Test
    void twoHugeRgbaPngsAtOnceFitTheRecommendedHeap(@TempDir Path dir) throws Exception {
        Path stored = dir.resolve("stored.txt");
        Process jvm = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        RECOMMENDED_HEAP,
                        "-Djava.awt.headless=true",
                        "-cp",
                        System.getProperty("java.class.path"),
                        HugeUploadsAtOnce.class.getName(),
                        stored.toString())
                .redirectErrorStream(true)
                .start();
        String output = read(jvm);

        assertThat(jvm.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(output).doesNotContain("OutOfMemoryError");
        assertThat(jvm.exitValue()).as(output).isZero();
        assertThat(Files.readAllLines(stored))
                .as(output)
                .containsExactly("stored 3160x3160 3 variants", "stored 3160x3160 3 variants");
    }

    private static String read(Process jvm) throws IOException {
        try (var in = jvm.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
