package com.masthead.article;

import com.masthead.staff.StaffMember;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Loads and saves the article aggregate: the row, its working copy, and the revisions and steps it records. */
@Component
class ArticleStore {

    private final ArticleRepository rows;
    private final ArticleHistoryRepository history;

    ArticleStore(ArticleRepository rows, ArticleHistoryRepository history) {
        this.rows = rows;
        this.history = history;
    }

    Optional<Article> find(long id) {
        return rows.find(id).map(row -> {
            Article.Review review = row.review();
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

    long insert(ArticleContent content, StaffMember author, Instant now) {
        long id = rows.insert(content, author.login(), now);
        history.insertRevision(id, 1, content, author, null, now);
        history.insertStep(
                id,
                new ReviewStep(1, ReviewAction.SAVED, null, author.login(), author.realName(), null, false, true, now));
        return id;
    }

    /** Writes the row if {@code expectedVersion} is current, then what the transitions recorded. */
    boolean save(Article article, int expectedVersion, Instant now) {
        if (!rows.update(article, expectedVersion)) {
            return false;
        }
        Article.Changes changes = article.changes();
        for (Article.NewRevision revision : changes.revisions) {
            history.insertRevision(
                    article.id(), revision.number(), revision.content(), revision.author(), revision.note(), now);
        }
        if (changes.voidSignOffs) {
            history.voidSignOffs(article.id());
        }
        changes.steps.forEach(step -> history.insertStep(article.id(), step));
        changes.clear();
        return true;
    }
}
