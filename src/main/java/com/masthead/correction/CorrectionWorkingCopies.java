package com.masthead.correction;

import com.masthead.article.ArticleEditing;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Opens the working copy of an article when the desk accepts a correction request, in the same transaction as the
 * acceptance: the correction then goes through the article's review like any other change, while readers keep the
 * live version. (The article module cannot listen for {@link CorrectionAccepted} itself without depending on this
 * module, which depends on it.)
 */
@Component
class CorrectionWorkingCopies {

    private final ArticleEditing articles;

    CorrectionWorkingCopies(ArticleEditing articles) {
        this.articles = articles;
    }

    @EventListener
    void on(CorrectionAccepted event) {
        articles.openCorrection(event.articleId(), event.ticketNumber(), event.actor());
    }
}
