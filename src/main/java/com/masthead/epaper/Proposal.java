package com.masthead.epaper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** An area the matcher found, before it gets its reading order. */
record Proposal(Long articleId, AreaKind kind, Polygon polygon, TextBlock anchor, double confidence) {

    /** Anchors whose tops lie within this many points count as one row, read left to right. */
    private static final double ROW = 24;

    /** The proposals as drafts, numbered top to bottom and, within a row, left to right by their anchors. */
    static List<AreaDraft> inReadingOrder(List<Proposal> proposals, AreaSource source) {
        List<Proposal> byTop = new ArrayList<>(proposals);
        byTop.sort(Comparator.comparingDouble((Proposal p) -> p.anchor().y())
                .thenComparingDouble(p -> p.anchor().x()));
        List<Proposal> ordered = new ArrayList<>();
        int i = 0;
        while (i < byTop.size()) {
            double rowTop = byTop.get(i).anchor().y();
            List<Proposal> row = new ArrayList<>();
            while (i < byTop.size() && byTop.get(i).anchor().y() - rowTop <= ROW) {
                row.add(byTop.get(i++));
            }
            row.sort(Comparator.comparingDouble(p -> p.anchor().x()));
            ordered.addAll(row);
        }
        List<AreaDraft> drafts = new ArrayList<>();
        for (int n = 0; n < ordered.size(); n++) {
            Proposal p = ordered.get(n);
            double confidence = Math.max(0, Math.min(1, Math.round(p.confidence() * 1000) / 1000.0));
            drafts.add(new AreaDraft(p.kind(), p.polygon(), n + 1, p.articleId(), null, source, confidence, false));
        }
        return drafts;
    }
}
