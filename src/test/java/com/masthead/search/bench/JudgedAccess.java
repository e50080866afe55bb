package com.masthead.search.bench;

import java.util.List;

/** Lets the benchmark runner (in the search package, for its package-private reader) see the judged pairs. */
public final class JudgedAccess {

    private JudgedAccess() {}

    public static List<Planted> planted() {
        return Judged.PLANTED.stream()
                .map(p -> new Planted(p.query(), p.title()))
                .toList();
    }

    /** A judged query and the title of the article it should find. */
    public record Planted(String query, String title) {}
}
