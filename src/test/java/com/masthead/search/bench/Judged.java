package com.masthead.search.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The judged query → expected-article pairs of {@code bench/search/judged.tsv}: each line plants one article (title
 * and lead) and a distractor sentence that shares its words in some other article's body.
 */
final class Judged {

    static final Path FILE = Path.of(System.getProperty("bench.judged", "bench/search/judged.tsv"));
    static final List<Planted> PLANTED = load();

    private Judged() {}

    record Planted(String query, String title, String lead, String distractor) {}

    private static List<Planted> load() {
        try {
            return Files.readAllLines(FILE).stream()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\t"))
                    .map(f -> new Planted(f[0], f[1], f[2], f[3]))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FILE.toAbsolutePath(), e);
        }
    }
}
