package com.masthead.epaper;

import com.masthead.article.Article;
import com.masthead.article.ArticleReading;
import com.masthead.edition.EditionCatalog;
import com.masthead.shared.FieldProblem;
import com.masthead.shared.InvalidInputException;
import com.masthead.shared.NotFoundException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sets the print order of the articles on a page and the articles that continue there (转版). The editor sends the
 * whole list; articles left out lose their placement on this page. An article's main page stays its own
 * {@code page_id}: a main placement names an article on this page, a continuation an article from another page.
 * Audited ({@link PlacementsChanged}) and followed by {@link PrintPageChanged} for the page and every article
 * that was or is on it. A refused list saves nothing.
 */
@Service
public class PlacementEditing {

    static final int MAX_PLACEMENTS = 200;

    private final PlacementRepository placements;
    private final ArticleReading articles;
    private final EditionCatalog editions;
    private final ApplicationEventPublisher events;

    PlacementEditing(
            PlacementRepository placements,
            ArticleReading articles,
            EditionCatalog editions,
            ApplicationEventPublisher events) {
        this.placements = placements;
        this.articles = articles;
        this.editions = editions;
        this.events = events;
    }

    /** Replaces the page's placements with {@code list} in that print order; returns them as stored. */
    @Transactional
    public List<Placement> replace(long pageId, List<PlacementInput> list, AreaEditor by) {
        editions.requirePage(pageId);
        check(pageId, list);
        List<Placement> before = placements.onPages(List.of(pageId));
        Set<Long> kept = list.stream().map(PlacementInput::articleId).collect(Collectors.toSet());
        Set<Long> affected = new HashSet<>(kept);
        for (Placement old : before) {
            affected.add(old.articleId());
            if (!kept.contains(old.articleId())) {
                placements.delete(old.articleId(), pageId);
            }
        }
        List<String> detail = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            PlacementInput p = list.get(i);
            placements.save(new Placement(p.articleId(), pageId, i + 1, p.continuation()));
            detail.add(p.articleId() + (p.continuation() ? "(continued)" : ""));
        }
        events.publishEvent(new PlacementsChanged(pageId, by.actor(), String.join(", ", detail)));
        events.publishEvent(new PrintPageChanged(pageId, affected));
        return placements.onPages(List.of(pageId));
    }

    /**
     * Like {@link #replace}, for a list of articles in print order: an article whose main page is this page is
     * placed there, any other continues there. An unknown article is a {@link NotFoundException} naming
     * {@code articleId}.
     */
    @Transactional
    public List<Placement> arrange(long pageId, List<Long> articleIds, AreaEditor by) {
        List<PlacementInput> list = new ArrayList<>();
        for (Long id : articleIds) {
            Article article = articles.find(id).orElseThrow(() -> new NotFoundException("article", id, "articleId"));
            list.add(new PlacementInput(id, !onThisPage(article, pageId)));
        }
        return replace(pageId, list, by);
    }

    /** The page's placements in print order. */
    public List<Placement> onPage(long pageId) {
        return placements.onPages(List.of(pageId));
    }

    private void check(long pageId, List<PlacementInput> list) {
        List<FieldProblem> problems = new ArrayList<>();
        if (list.size() > MAX_PLACEMENTS) {
            throw new InvalidInputException("placements", "placements.too-many", MAX_PLACEMENTS);
        }
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            PlacementInput p = list.get(i);
            String field = "placements[" + i + "].articleId";
            Optional<Article> article = p.articleId() == null ? Optional.empty() : articles.find(p.articleId());
            if (article.isEmpty()) {
                throw new NotFoundException("article", p.articleId(), field);
            } else if (!seen.add(p.articleId())) {
                problems.add(new FieldProblem(field, "placements.duplicate", p.articleId()));
            } else if (onThisPage(article.get(), pageId) == p.continuation()) {
                problems.add(new FieldProblem(
                        "placements[" + i + "].continuation",
                        p.continuation() ? "placements.continuation.main-page" : "placements.main.other-page",
                        p.articleId()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static boolean onThisPage(Article article, long pageId) {
        return Objects.equals(article.working().pageId(), pageId)
                || Objects.equals(article.content().pageId(), pageId);
    }
}
