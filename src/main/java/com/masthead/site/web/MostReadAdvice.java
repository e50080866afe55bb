package com.masthead.site.web;

import com.masthead.pagecache.PageTags;
import com.masthead.popularity.MostRead;
import com.masthead.popularity.MostReadRanking;
import com.masthead.site.web.article.ArticlePageController;
import com.masthead.site.web.channel.HomePageController;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives the home and article pages the most-read rankings (kept in memory by the popularity module). */
@ControllerAdvice(assignableTypes = {HomePageController.class, ArticlePageController.class})
class MostReadAdvice {

    private final MostReadRanking ranking;

    MostReadAdvice(MostReadRanking ranking) {
        this.ranking = ranking;
    }

    @ModelAttribute("mostRead")
    MostRead mostRead() {
        PageTags.add(PageTags.MOST_READ);
        return ranking.current();
    }
}
