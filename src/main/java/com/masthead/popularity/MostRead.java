package com.masthead.popularity;

import java.util.List;

/** The two rankings the site shows: today's and the last seven days' most-read published articles. */
public record MostRead(List<RankedArticle> day, List<RankedArticle> week) {

    public MostRead {
        day = List.copyOf(day);
        week = List.copyOf(week);
    }

    public boolean isEmpty() {
        return day.isEmpty() && week.isEmpty();
    }
}
