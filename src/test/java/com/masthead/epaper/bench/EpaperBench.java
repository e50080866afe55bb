package com.masthead.epaper.bench;

import com.masthead.demo.PrintPageLayout.Format;
import com.masthead.epaper.AreaMatcher;
import com.masthead.epaper.PdfTextReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * bench/epaper: generates issues of 16 and 48 pages in both formats with known true areas, reads the text of every
 * page and matches it against the articles placed there, and appends time per issue, peak heap and the matching
 * quality (precision and recall at IoU >= 0.8) to the results file. Usage: EpaperBench results.md seeds...
 */
public final class EpaperBench {

    private EpaperBench() {}

    public static void main(String[] args) throws IOException {
        Path results = Path.of(args[0]);
        List<Long> seeds = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            seeds.add(Long.parseLong(args[i]));
        }
        PdfTextReader reader = new PdfTextReader();
        AreaMatcher matcher = new AreaMatcher();
        GeneratedIssue.of(Format.TABLOID, 2, 1).match(reader, matcher); // warm up
        StringBuilder out = new StringBuilder();
        out.append("\n## ")
                .append(LocalDate.now())
                .append(" (")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" cores, -Xmx")
                .append(Runtime.getRuntime().maxMemory() >> 20)
                .append("m, seeds ")
                .append(seeds)
                .append(")\n\n")
                .append("| format | pages | issues | PDF MB | extract+match s/issue | areas (truth) | proposed | hits |"
                        + " precision | recall | peak heap MB |\n")
                .append("|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Format format : Format.values()) {
            for (int pages : new int[] {16, 48}) {
                resetPeaks();
                AreaScore total = new AreaScore(0, 0, 0);
                long nanos = 0;
                long bytes = 0;
                for (long seed : seeds) {
                    GeneratedIssue issue = GeneratedIssue.of(format, pages, seed);
                    bytes += issue.set().pdf().length;
                    long start = System.nanoTime();
                    total = total.plus(issue.match(reader, matcher));
                    nanos += System.nanoTime() - start;
                }
                out.append(String.format(
                        Locale.ROOT,
                        "| %s | %d | %d | %.1f | %.2f | %d | %d | %d | %.3f | %.3f | %d |%n",
                        format.name().toLowerCase(Locale.ROOT),
                        pages,
                        seeds.size(),
                        bytes / 1e6 / seeds.size(),
                        nanos / 1e9 / seeds.size(),
                        total.truths(),
                        total.proposed(),
                        total.hits(),
                        total.precision(),
                        total.recall(),
                        peakHeap() >> 20));
            }
        }
        Files.writeString(
                results, out.toString(), StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peaks since the last reset (an upper bound of the peak heap). */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
