package com.masthead.epaper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Areas from a page's geometry alone, for PDFs whose text is noise: every headline-size block with the body blocks
 * under it (down to the next headline over the same column), outlined. Low confidence; the articles are assigned in
 * print order only when their number equals the number of headlines found.
 */
final class GeometryProposals {

    static final double MAX_CONFIDENCE = 0.3;

    private GeometryProposals() {}

    static List<AreaDraft> propose(PageText text, List<MatchableArticle> articles) {
        double bodySize = AreaMatcher.bodySize(text.blocks());
        List<TextBlock> large = text.blocks().stream()
                .filter(b -> b.fontSize() >= AreaMatcher.HEADLINE_RATIO * bodySize)
                .sorted(Comparator.comparingDouble(TextBlock::y).thenComparingDouble(TextBlock::x))
                .toList();
        Map<TextBlock, List<TextBlock>> groups = new LinkedHashMap<>();
        for (List<TextBlock> display : displayGroups(large)) {
            groups.put(Outline.union(display), new ArrayList<>(display));
        }
        List<TextBlock> headlines = List.copyOf(groups.keySet());
        for (TextBlock block : text.blocks()) {
            if (large.contains(block)) {
                continue;
            }
            TextBlock owner = null;
            for (TextBlock h : headlines) {
                boolean above = h.bottom() <= block.y() + 1 && block.horizontalOverlap(h) > 0.1;
                if (above && (owner == null || h.y() > owner.y())) {
                    owner = h; // the lowest headline above the block over the same column
                }
            }
            if (owner != null) {
                groups.get(owner).add(block);
            }
        }
        List<Proposal> proposals = new ArrayList<>();
        for (Map.Entry<TextBlock, List<TextBlock>> g : groups.entrySet()) {
            List<TextBlock> foreign = new ArrayList<>(text.blocks());
            foreign.removeAll(g.getValue());
            proposals.add(new Proposal(null, AreaKind.ARTICLE, Outline.of(g.getValue(), foreign), g.getKey(), 0));
        }
        List<AreaDraft> drafts = Proposal.inReadingOrder(proposals, AreaSource.GEOMETRY);
        boolean assign = drafts.size() == articles.size();
        double confidence = assign ? MAX_CONFIDENCE : MAX_CONFIDENCE / 2;
        List<AreaDraft> result = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            AreaDraft d = drafts.get(i);
            Long article = assign ? articles.get(i).id() : null;
            result.add(new AreaDraft(
                    d.kind(), d.polygon(), d.readingOrder(), article, null, AreaSource.GEOMETRY, confidence, false));
        }
        return result;
    }

    /** Large-type blocks stacked closely over one another (kicker, headline, subtitle) form one display group. */
    private static List<List<TextBlock>> displayGroups(List<TextBlock> large) {
        List<List<TextBlock>> groups = new ArrayList<>();
        for (TextBlock b : large) {
            List<TextBlock> home = null;
            for (List<TextBlock> g : groups) {
                TextBlock u = Outline.union(g);
                double gap = b.y() - u.bottom();
                if (gap < 1.5 * Math.max(b.fontSize(), u.fontSize())
                        && gap > -b.height()
                        && b.horizontalOverlap(u) > 0.3) {
                    home = g;
                    break;
                }
            }
            if (home == null) {
                groups.add(new ArrayList<>(List.of(b)));
            } else {
                home.add(b);
            }
        }
        return groups;
    }
}
