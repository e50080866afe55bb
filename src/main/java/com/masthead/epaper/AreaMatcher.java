package com.masthead.epaper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Proposes the areas of a page from its text and the articles placed on it. For each article: the large-type block
 * whose characters best match its title (Dice coefficient of character bigrams), the kicker and subtitle blocks
 * near it, and the body-size blocks whose bigrams lie in the article's body (restricted to blocks under or beside
 * that headline), outlined by {@link Outline}. An article whose body shows without its headline, and not from its
 * first words, is a continuation (转版). When the page's text is not usable, {@link GeometryProposals} takes over.
 * Stateless and thread-safe; proposals are never accepted.
 */
@Component
public class AreaMatcher {

    /** A block at least this many times the body size is set in headline type. */
    static final double HEADLINE_RATIO = 1.3;

    private static final double MIN_TITLE_SCORE = 0.5;
    private static final double MIN_LINE_SCORE = 0.6;
    private static final double MIN_BODY_SHARE = 0.5;

    private record Found(MatchableArticle article, TextBlock headline, double titleScore) {}

    public List<AreaDraft> propose(PageText text, List<MatchableArticle> articles) {
        if (!text.usable()) {
            return GeometryProposals.propose(text, articles);
        }
        double bodySize = bodySize(text.blocks());
        List<TextBlock> large = text.blocks().stream()
                .filter(b -> b.fontSize() >= HEADLINE_RATIO * bodySize)
                .toList();
        Map<Long, Found> headlines = headlines(large, articles);
        Set<TextBlock> used = new HashSet<>();
        headlines.values().forEach(f -> used.add(f.headline()));
        Map<Long, List<TextBlock>> groups = new LinkedHashMap<>();
        Map<Long, List<Double>> bodyShares = new HashMap<>();
        for (Found f : headlines.values()) {
            groups.computeIfAbsent(f.article().id(), k -> new ArrayList<>()).add(f.headline());
            for (TextBlock line : displayLines(text.blocks(), f, used)) {
                groups.get(f.article().id()).add(line);
                used.add(line);
            }
        }
        Map<Long, Bigrams> bodies = new HashMap<>();
        articles.forEach(a -> bodies.put(a.id(), Bigrams.of(a.bodyText())));
        for (TextBlock block : text.blocks()) {
            if (used.contains(block) || block.fontSize() >= HEADLINE_RATIO * bodySize) {
                continue;
            }
            Bigrams grams = Bigrams.of(block.text());
            MatchableArticle best = null;
            double bestShare = MIN_BODY_SHARE;
            for (MatchableArticle a : articles) {
                Found f = headlines.get(a.id());
                if (f != null && block.bottom() < f.headline().y()) {
                    continue; // body runs under or beside its headline, never above it
                }
                double share = grams.containedIn(bodies.get(a.id()));
                if (share > bestShare + 0.05
                        || (best != null && share > bestShare - 0.05 && closer(block, f, headlines.get(best.id())))) {
                    best = a;
                    bestShare = Math.max(share, bestShare);
                }
            }
            if (best != null) {
                groups.computeIfAbsent(best.id(), k -> new ArrayList<>()).add(block);
                bodyShares.computeIfAbsent(best.id(), k -> new ArrayList<>()).add(bestShare);
            }
        }
        return drafts(text, large, articles, headlines, groups, bodyShares);
    }

    private List<AreaDraft> drafts(
            PageText text,
            List<TextBlock> large,
            List<MatchableArticle> articles,
            Map<Long, Found> headlines,
            Map<Long, List<TextBlock>> groups,
            Map<Long, List<Double>> bodyShares) {
        List<Proposal> proposals = new ArrayList<>();
        for (MatchableArticle a : articles) {
            List<TextBlock> own = groups.get(a.id());
            if (own == null) {
                continue;
            }
            // other stories' blocks and unclaimed headlines; captions and other loose text may fall inside
            List<TextBlock> foreign = new ArrayList<>(large);
            groups.forEach((id, blocks) -> {
                if (id != a.id()) {
                    foreign.addAll(blocks);
                }
            });
            double body = bodyShares.getOrDefault(a.id(), List.of()).stream()
                    .mapToDouble(Double::doubleValue)
                    .average()
                    .orElse(0);
            Found f = headlines.get(a.id());
            boolean startsHere = f != null || startsWithBody(own, a);
            AreaKind kind = startsHere ? AreaKind.ARTICLE : AreaKind.CONTINUATION;
            if (kind == AreaKind.CONTINUATION) {
                own = withJumpLine(own, text.blocks(), groups);
            }
            double confidence = f != null ? 0.5 * f.titleScore() + 0.5 * body : 0.8 * body;
            TextBlock anchor = f != null ? f.headline() : topLeft(own);
            proposals.add(new Proposal(a.id(), kind, Outline.of(own, onlyOthers(foreign, own)), anchor, confidence));
        }
        return Proposal.inReadingOrder(proposals, AreaSource.EXTRACTED);
    }

    /** A continuation's "continued from page N" line: a short free block right above its first block. */
    private static List<TextBlock> withJumpLine(
            List<TextBlock> own, List<TextBlock> blocks, Map<Long, List<TextBlock>> groups) {
        TextBlock first = topLeft(own);
        Set<TextBlock> taken = new HashSet<>();
        groups.values().forEach(taken::addAll);
        List<TextBlock> result = new ArrayList<>(own);
        blocks.stream()
                .filter(b -> !taken.contains(b) && b.text().length() <= 20)
                .filter(b -> b.bottom() <= first.y() + 1 && first.y() - b.bottom() < 1.5 * first.fontSize())
                .filter(b -> b.horizontalOverlap(first) > 0.5)
                .findFirst()
                .ifPresent(result::add);
        return result;
    }

    private static List<TextBlock> onlyOthers(List<TextBlock> blocks, List<TextBlock> own) {
        Set<TextBlock> mine = new HashSet<>(own);
        return blocks.stream().filter(b -> !mine.contains(b)).distinct().toList();
    }

    static double bodySize(List<TextBlock> blocks) {
        Map<Double, Integer> characters = new HashMap<>();
        blocks.forEach(b -> characters.merge(b.fontSize(), b.text().length(), Integer::sum));
        return characters.entrySet().stream()
                .max(Map.Entry.<Double, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .orElse(10.0);
    }

    /** Each article's best-matching large block, best pairs first, one block per article and article per block. */
    private static Map<Long, Found> headlines(List<TextBlock> large, List<MatchableArticle> articles) {
        List<Found> pairs = new ArrayList<>();
        for (MatchableArticle a : articles) {
            Bigrams title = Bigrams.of(a.title());
            for (TextBlock b : large) {
                double score = title.dice(Bigrams.of(b.text()));
                if (score >= MIN_TITLE_SCORE) {
                    pairs.add(new Found(a, b, score));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Found::titleScore).reversed());
        Map<Long, Found> chosen = new LinkedHashMap<>();
        Set<TextBlock> taken = new HashSet<>();
        for (Found p : pairs) {
            if (!chosen.containsKey(p.article().id()) && taken.add(p.headline())) {
                chosen.put(p.article().id(), p);
            } else if (chosen.containsKey(p.article().id())) {
                continue;
            }
        }
        return chosen;
    }

    /** The kicker and subtitle: free blocks matching them within a few headline heights of the headline. */
    private static List<TextBlock> displayLines(List<TextBlock> blocks, Found f, Set<TextBlock> used) {
        List<TextBlock> lines = new ArrayList<>();
        TextBlock h = f.headline();
        for (String line : new String[] {f.article().kicker(), f.article().subtitle()}) {
            Bigrams grams = Bigrams.of(line);
            if (grams.isEmpty()) {
                continue;
            }
            blocks.stream()
                    .filter(b -> !used.contains(b) && !lines.contains(b))
                    .filter(b -> Math.abs(b.y() - h.y()) < 3 * h.fontSize() + h.height())
                    .filter(b -> b.horizontalOverlap(h) > 0.3)
                    .filter(b -> grams.dice(Bigrams.of(b.text())) >= MIN_LINE_SCORE)
                    .findFirst()
                    .ifPresent(lines::add);
        }
        return lines;
    }

    /** Whether {@code a}'s headline is nearer the block than {@code b}'s (a block with no headline is far). */
    private static boolean closer(TextBlock block, Found a, Found b) {
        return distance(block, a) < distance(block, b);
    }

    private static double distance(TextBlock block, Found f) {
        if (f == null) {
            return Double.MAX_VALUE;
        }
        TextBlock h = f.headline();
        double dx = Math.max(0, Math.max(h.x() - block.right(), block.x() - h.right()));
        double dy = Math.max(0, block.y() - h.bottom());
        return Math.hypot(dx, dy);
    }

    private static boolean startsWithBody(List<TextBlock> own, MatchableArticle a) {
        Bigrams opening = Bigrams.of(
                a.bodyText() == null
                        ? ""
                        : a.bodyText().substring(0, Math.min(12, a.bodyText().length())));
        return own.stream().anyMatch(b -> opening.containedIn(Bigrams.of(b.text())) > 0.8);
    }

    private static TextBlock topLeft(List<TextBlock> blocks) {
        return blocks.stream()
                .min(Comparator.comparingDouble(TextBlock::y).thenComparingDouble(TextBlock::x))
                .orElseThrow();
    }
}
