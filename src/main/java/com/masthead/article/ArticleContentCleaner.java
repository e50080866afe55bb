package com.masthead.article;

import static com.masthead.shared.DisplayText.cleanLine;

import com.masthead.channel.ChannelCatalog;
import com.masthead.edition.EditionCatalog;
import com.masthead.media.ImageLibrary;
import com.masthead.series.SeriesCatalog;
import com.masthead.shared.FieldProblem;
import com.masthead.shared.InvalidInputException;
import com.masthead.shared.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Turns submitted content into storable content: every reference (channel, series, print page, lead image) must
 * exist, series part and series go together, text fields lose control and bidi-override characters, and the body
 * passes the HTML allow-list and must still show something (text or a picture). Throws before anything is written.
 */
@Component
class ArticleContentCleaner {

    private final ChannelCatalog channels;
    private final SeriesCatalog series;
    private final EditionCatalog editions;
    private final ImageLibrary images;
    private final ArticleBodySanitizer sanitizer;

    ArticleContentCleaner(
            ChannelCatalog channels,
            SeriesCatalog series,
            EditionCatalog editions,
            ImageLibrary images,
            ArticleBodySanitizer sanitizer) {
        this.channels = channels;
        this.series = series;
        this.editions = editions;
        this.images = images;
        this.sanitizer = sanitizer;
    }

    ArticleContent clean(ArticleContent c) {
        checkReferences(c);
        List<FieldProblem> problems = new ArrayList<>();
        if (c.seriesId() != null && c.seriesPart() == null) {
            problems.add(new FieldProblem("seriesPart", "article.series-part.required"));
        }
        if (c.seriesId() == null && c.seriesPart() != null) {
            problems.add(new FieldProblem("seriesId", "article.series.required"));
        }
        String title = cleanLine(c.title());
        if (title == null) {
            problems.add(new FieldProblem("title", "article.title.required"));
        }
        String body = sanitizer.clean(c.body());
        if (ArticleBodySanitizer.showsNothing(body)) {
            problems.add(new FieldProblem("body", "article.body.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ArticleContent(
                c.channelId(),
                cleanLine(c.kicker()),
                title,
                cleanLine(c.subtitle()),
                cleanLine(c.summary()),
                body,
                c.source() == null
                                || (cleanLine(c.source().name()) == null
                                        && c.source().url() == null)
                        ? null
                        : new Source(cleanLine(c.source().name()), c.source().url()),
                c.rights(),
                c.isReprint() && c.original() != null
                        ? new OriginalSource(
                                cleanLine(c.original().outlet()),
                                cleanLine(c.original().author()),
                                cleanLine(c.original().title()),
                                c.original().url())
                        : null,
                c.leadImage() == null
                        ? null
                        : new LeadImage(
                                c.leadImage().imageId(),
                                cleanLine(c.leadImage().caption()),
                                cleanLine(c.leadImage().credit())),
                c.seriesId(),
                c.seriesPart(),
                c.pageId(),
                cleanLine(c.responsibleEditor()),
                c.bylines().stream()
                        .map(b ->
                                new Byline(b.role(), cleanLine(b.name()), cleanLine(b.prefix()), cleanLine(b.suffix())))
                        .filter(b -> b.name() != null)
                        .toList(),
                c.tags().stream()
                        .map(com.masthead.shared.DisplayText::cleanLine)
                        .filter(Objects::nonNull)
                        .distinct()
                        .toList());
    }

    private void checkReferences(ArticleContent c) {
        channels.require(c.channelId(), "channelId");
        if (c.seriesId() != null) {
            series.require(c.seriesId(), "seriesId");
        }
        if (c.pageId() != null && editions.placement(c.pageId()).isEmpty()) {
            throw new NotFoundException("page", c.pageId(), "pageId");
        }
        if (c.leadImage() != null) {
            images.require(c.leadImage().imageId(), "leadImage.imageId");
        }
    }
}
