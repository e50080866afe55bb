package com.masthead.article;

import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Loads and saves the article aggregate: the row, its working copy, and the revisions and steps it records. Every
 * write also appends to the article change sequence in the same transaction (what search indexes follow).
 */
@Component
class ArticleStore {

    private final ArticleRepository rows;
    private final ArticleHistoryRepository history;
    private final ArticleChangeRepository changes;

    ArticleStore(ArticleRepository rows, ArticleHistoryRepository history, ArticleChangeRepository changes) {
        this.rows = rows;
        this.history = history;
        this.changes = changes;
    }

    Optional<Article> find(long id) {
        return rows.find(id).map(row -> {
            ReviewProgress review = row.review();
            Article probe = new Article(row, null);
            if (!probe.hasPendingCopy()) {
                return probe;
            }
            ArticleContent working = history.revision(id, probe.workingRevision())
                    .map(ArticleRevision::content)
                    .orElseThrow(() -> new IllegalStateException(
                            "article " + id + " has no revision " + probe.workingRevision() + " " + review));
            return new Article(row, working);
        });
    }

    /** Stores a new article made by {@link Article#create} and what its creation recorded; returns its id. */
    long insert(Article fresh) {
        long id = rows.insert(fresh.content(), fresh.authorLogin(), fresh.createdAt());
        write(id, fresh.changes(), fresh.createdAt());
        changes.record(id, fresh.createdAt());
        return id;
    }

    /** Writes the row if {@code expectedVersion} is current, then what the transitions recorded. */
    boolean save(Article article, int expectedVersion, Instant now) {
        if (!rows.update(article, expectedVersion)) {
            return false;
        }
        write(article.id(), article.changes(), now);
        changes.record(article.id(), now);
        return true;
    }

    private void write(long id, ArticleChanges changes, Instant now) {
        for (ArticleChanges.NewRevision revision : changes.revisions) {
            history.insertRevision(id, revision.number(), revision.content(), revision.author(), revision.note(), now);
        }
        if (changes.voidSignOffs) {
            history.voidSignOffs(id);
        }
        changes.steps.forEach(step -> history.insertStep(id, step));
        changes.clear();
    }
}
