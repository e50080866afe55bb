package com.masthead.epaper;

import com.masthead.article.ArticlePrintText;
import com.masthead.article.ArticleReading;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The articles the matcher looks for on a page: those whose main page it is (in print order where one is set, else
 * by id), then those that continue on it (转版), in their print order. Any status: an issue is matched before it
 * goes live.
 */
@Component
public class PlacedArticles {

    private final ArticleReading articles;
    private final PlacementRepository placements;

    PlacedArticles(ArticleReading articles, PlacementRepository placements) {
        this.articles = articles;
        this.placements = placements;
    }

    public List<MatchableArticle> onPage(long pageId) {
        Map<Long, Integer> mainOrder = new HashMap<>();
        List<Placement> continuations = new ArrayList<>();
        for (Placement p : placements.onPages(List.of(pageId))) {
            if (p.continuation()) {
                continuations.add(p);
            } else {
                mainOrder.put(p.articleId(), p.printOrder());
            }
        }
        List<ArticlePrintText> main = new ArrayList<>(articles.textsOnPages(List.of(pageId)));
        main.sort(Comparator.comparingInt((ArticlePrintText a) -> mainOrder.getOrDefault(a.id(), Integer.MAX_VALUE))
                .thenComparingLong(ArticlePrintText::id));
        List<MatchableArticle> placed =
                new ArrayList<>(main.stream().map(PlacedArticles::matchable).toList());
        List<Long> continuing = continuations.stream()
                .map(Placement::articleId)
                .filter(id -> main.stream().noneMatch(a -> a.id() == id))
                .toList();
        Map<Long, ArticlePrintText> byId = new HashMap<>();
        articles.textsAmong(continuing).forEach(a -> byId.put(a.id(), a));
        for (Long id : continuing) {
            ArticlePrintText text = byId.get(id);
            if (text != null) {
                placed.add(matchable(text));
            }
        }
        return placed;
    }

    private static MatchableArticle matchable(ArticlePrintText a) {
        return new MatchableArticle(a.id(), a.title(), a.kicker(), a.subtitle(), a.bodyText());
    }
}
