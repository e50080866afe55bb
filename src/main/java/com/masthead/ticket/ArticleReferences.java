package com.masthead.ticket;

import com.masthead.article.Article;
import com.masthead.article.ArticleReading;
import com.masthead.article.ArticleUrls;
import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Finds the article a reader means: an article id (as the article page's link fills it in) or the article's
 * public address pasted from the browser ({@code https://…/news/2025/03/18/42.html}). Only published articles
 * count; a draft or a taken-down article is as unknown as a wrong number. Thread-safe.
 */
@Component
public class ArticleReferences {

    private static final Pattern ID = Pattern.compile("\\d{1,15}");
    private static final int MAX_TYPED = 500;

    private final ArticleReading articles;

    ArticleReferences(ArticleReading articles) {
        this.articles = articles;
    }

    /** The published article the text names, or empty. */
    public Optional<ArticleReference> resolve(String typed) {
        return idIn(typed).flatMap(this::published);
    }

    /** The published article with this id, or empty. */
    public Optional<ArticleReference> published(long id) {
        return articles.find(id).filter(Article::isPublished).map(ArticleReferences::reference);
    }

    static Optional<Long> idIn(String typed) {
        if (typed == null || typed.length() > MAX_TYPED) {
            return Optional.empty();
        }
        String text = Normalizer.normalize(typed, Normalizer.Form.NFKC).strip();
        if (ID.matcher(text).matches()) {
            return Optional.of(Long.parseLong(text));
        }
        return ArticleUrls.findIn(text);
    }

    private static ArticleReference reference(Article article) {
        return new ArticleReference(
                article.id(),
                article.content().title(),
                article.url(),
                !article.content().isReprint());
    }
}
