package com.masthead.epaper;

import com.masthead.support.SqliteSiteTest;
import org.springframework.beans.factory.annotation.Autowired;

class PlacedArticlesSqliteIntegrationTests extends SqliteSiteTest implements PlacedArticlesContract {

    @Autowired
    private PlacedArticles placedArticles;

    @Autowired
    private PlacementRepository placements;

    @Override
    public PlacedArticles placedArticles() {
        return placedArticles;
    }

    @Override
    public PlacementRepository placements() {
        return placements;
    }
}
