package com.masthead.epaper;

import com.masthead.support.PostgresSiteTest;
import org.springframework.beans.factory.annotation.Autowired;

class PlacedArticlesPostgresIntegrationTests extends PostgresSiteTest implements PlacedArticlesContract {

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
