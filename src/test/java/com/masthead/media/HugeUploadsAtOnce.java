package com.masthead.media;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Run by {@link ImageHeapIntegrationTests} in a JVM of its own at the heap the README recommends: two different
 * 6320×6320 RGBA PNGs (40 megapixels each, under 200 KB each) cleaned and encoded at the same time, with the
 * default limits, as two reporters uploading at once would. Writes one line per stored picture to the file named by
 * its argument; dies with {@link OutOfMemoryError} (a non-zero exit) when the heap is not enough.
 */
final class HugeUploadsAtOnce {

    private HugeUploadsAtOnce() {}

    public static void main(String[] args) throws Exception {
        MediaProperties defaults = MediaProperties.defaults();
        ImageInspector inspector = new ImageInspector(defaults);
        ImageEncoder encoder = new ImageEncoder(defaults);
        byte[] first = TestImages.mostlyUniformRgbaPng(6320, 6320, 21);
        byte[] second = TestImages.mostlyUniformRgbaPng(6320, 6320, 22);
        List<Callable<ProcessedImage>> uploads = List.of(
                () -> encoder.process(first, inspector.inspect(first)),
                () -> encoder.process(second, inspector.inspect(second)));
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<String> lines = new ArrayList<>();
            for (Future<ProcessedImage> stored : threads.invokeAll(uploads)) {
                ProcessedImage image = stored.get();
                lines.add("stored " + image.width() + "x" + image.height() + " "
                        + image.variants().size() + " variants");
            }
            Files.write(Path.of(args[0]), lines);
        } finally {
            threads.shutdownNow();
        }
    }
}
