package com.masthead.article;

import com.masthead.media.ImageUsage;
import com.masthead.media.ImageUsages;
import java.util.List;
import org.springframework.stereotype.Component;

/** The media library's where-used scan, answered from the article table. */
@Component
class ArticleImageUsages implements ImageUsages {

    private final ArticleListRepository articles;

    ArticleImageUsages(ArticleListRepository articles) {
        this.articles = articles;
    }

    @Override
    public List<ImageUsage> showing(long imageId, String bodyFragment, int limit) {
        return articles.showingImage(imageId, bodyFragment, limit);
    }
}
