package com.masthead.article;

import com.masthead.edition.EditionCatalog;
import com.masthead.edition.PrintPlacement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The articles' texts for an index, read-only. Batches go by primary-key ranges, so a rebuild of a million articles
 * never holds more than one batch in memory and every query is an index range scan (three per batch: articles,
 * bylines, tags; the print issue comes from {@link EditionCatalog}'s cached placements). Changes are listed in
 * {@code (updated_at, id)} order, which {@code article_list_ix} covers. Thread-safe.
 */
@Service
public class ArticleTexts {

    private final ArticleTextRepository repository;
    private final EditionCatalog editions;

    ArticleTexts(ArticleTextRepository repository, EditionCatalog editions) {
        this.repository = repository;
        this.editions = editions;
    }

    /** At most {@code limit} articles with ids above {@code afterId}, ascending; empty past the last. */
    public List<ArticleText> batchAfter(long afterId, int limit) {
        return complete(repository.rowsAfter(afterId, limit));
    }

    public Optional<ArticleText> find(long id) {
        return complete(repository.row(id)).stream().findFirst();
    }

    /** An article changed at or after {@code (updatedAt, id)}. */
    public record Change(long id, long updatedAt) {}

    /** Ids of articles changed after {@code (since, afterId)} in change order, at most {@code limit}. */
    public List<Change> changedSince(long since, long afterId, int limit) {
        return repository.changedSince(since, afterId, limit);
    }

    /** All article ids, ascending. */
    public long[] allIds() {
        return repository.allIds();
    }

    public long countPublished() {
        return repository.countPublished();
    }

    private List<ArticleText> complete(List<ArticleTextRepository.Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        long lo = rows.get(0).id();
        long hi = rows.get(rows.size() - 1).id();
        var names = repository.bylineNames(lo, hi);
        var tags = repository.tags(lo, hi);
        List<ArticleText> out = new ArrayList<>(rows.size());
        for (ArticleTextRepository.Row r : rows) {
            out.add(new ArticleText(
                    r.id(),
                    r.channelId(),
                    r.status(),
                    r.kicker(),
                    r.title(),
                    r.subtitle(),
                    r.summary(),
                    r.bodyHtml(),
                    names.getOrDefault(r.id(), List.of()),
                    tags.getOrDefault(r.id(), List.of()),
                    r.publishedAt(),
                    r.updatedAt(),
                    r.urlDate() == null ? null : ArticleUrls.of(r.id(), r.urlDate()),
                    r.pageId(),
                    r.pageId() == null
                            ? null
                            : editions.placement(r.pageId())
                                    .map(PrintPlacement::issueId)
                                    .orElse(null)));
        }
        return out;
    }
}
