package com.masthead.article;

import com.masthead.edition.EditionCatalog;
import com.masthead.edition.PrintPlacement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The articles' texts for an index, read-only. Batches go by primary-key ranges, so a rebuild of a million articles
 * never holds more than one batch in memory and every query is an index range scan (three per batch: articles,
 * bylines, tags; the print issue comes from {@link EditionCatalog}'s cached placements). Changes are listed from the
 * article change sequence, which every article write appends to in its own transaction. Thread-safe.
 */
@Service
public class ArticleTexts {

    private final ArticleTextRepository repository;
    private final ArticleChangeRepository changes;
    private final EditionCatalog editions;

    ArticleTexts(ArticleTextRepository repository, ArticleChangeRepository changes, EditionCatalog editions) {
        this.repository = repository;
        this.changes = changes;
        this.editions = editions;
    }

    /** At most {@code limit} articles with ids above {@code afterId}, ascending; empty past the last. */
    public List<ArticleText> batchAfter(long afterId, int limit) {
        return complete(repository.rowsAfter(afterId, limit));
    }

    public Optional<ArticleText> find(long id) {
        return complete(repository.row(id)).stream().findFirst();
    }

    /**
     * One entry of the article change sequence: {@code articleId} was written by a transaction that committed with
     * this {@code change} number. Numbers only grow, but on PostgreSQL a smaller one can become visible after a
     * larger one (its transaction committed later), and a rolled-back one never appears.
     */
    public record Change(long change, long articleId) {}

    /** Changes numbered above {@code change}, ascending, at most {@code limit}. */
    public List<Change> changesAfter(long change, int limit) {
        return changes.after(change, limit);
    }

    /** Those of the given change numbers that exist now. */
    public List<Change> changesAmong(Collection<Long> numbers) {
        return numbers.isEmpty() ? List.of() : changes.among(numbers);
    }

    /** The newest change number, 0 when none was ever recorded. */
    public long latestChange() {
        return changes.newest();
    }

    /** The oldest change number still stored, 0 when none is (older ones were pruned). */
    public long earliestChange() {
        return changes.oldest();
    }

    /** Prunes changes made before {@code cutoff}, keeping the newest of them (see {@link #earliestChange()}). */
    @Transactional
    public int forgetChangesBefore(Instant cutoff) {
        return changes.pruneBefore(cutoff);
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
