package com.masthead.demo;

import com.masthead.article.Byline;
import com.masthead.article.OriginalSource;
import com.masthead.article.RightsType;
import com.masthead.article.Source;
import java.util.List;

/** The shape of the demo files under {@code resources/demo/}. */
final class DemoContent {

    private DemoContent() {}

    record Structure(
            List<ChannelNode> channels, List<Paper> newspapers, List<SeriesEntry> series, List<Picture> images) {}

    record ChannelNode(String slug, String name, String description, List<ChannelNode> children) {}

    record Paper(String slug, String name, String description, List<Issue> issues) {}

    record Issue(int daysAgo, int number, List<PageEntry> pages) {}

    record PageEntry(int number, String name) {}

    record SeriesEntry(String slug, String name, String description) {}

    record Picture(String key, String label, List<String> palette, String motif) {}

    record Story(
            String channel,
            String kicker,
            String title,
            String subtitle,
            String summary,
            String body,
            List<Byline> bylines,
            Source source,
            RightsType rights,
            OriginalSource original,
            PictureUse leadImage,
            PictureUse bodyImage,
            SeriesPart series,
            Placement print,
            List<String> tags,
            String responsibleEditor,
            int daysAgo,
            String time) {}

    record PictureUse(String image, String caption, String credit, Integer afterParagraph) {}

    record SeriesPart(String slug, int part) {}

    record Placement(int daysAgo, int page) {}
}
