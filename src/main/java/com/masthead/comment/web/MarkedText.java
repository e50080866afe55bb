package com.masthead.comment.web;

import com.masthead.lexicon.ScreeningMatch;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A comment's text cut into plain runs and runs a lexicon term matched, for the moderator's highlighting. Every
 * piece is plain text (escaped by the template); overlapping matches are merged into one marked run.
 */
public record MarkedText(List<Piece> pieces) {

    public record Piece(String text, String tier) {

        public boolean marked() {
            return tier != null;
        }
    }

    static MarkedText of(String text, List<ScreeningMatch> matches) {
        List<ScreeningMatch> sorted = new ArrayList<>(matches);
        sorted.sort(Comparator.comparingInt(ScreeningMatch::start));
        List<Piece> pieces = new ArrayList<>();
        int at = 0;
        int i = 0;
        while (i < sorted.size()) {
            ScreeningMatch first = sorted.get(i);
            int start = Math.max(at, first.start());
            int end = first.end();
            String tier = first.tier().name();
            i++;
            while (i < sorted.size() && sorted.get(i).start() < end) {
                end = Math.max(end, sorted.get(i).end());
                i++;
            }
            if (start >= end) {
                continue;
            }
            if (start > at) {
                pieces.add(new Piece(text.substring(at, start), null));
            }
            pieces.add(new Piece(text.substring(start, end), tier));
            at = end;
        }
        if (at < text.length()) {
            pieces.add(new Piece(text.substring(at), null));
        }
        return new MarkedText(pieces);
    }
}
