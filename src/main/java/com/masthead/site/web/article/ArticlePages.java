package com.masthead.site.web.article;

import com.masthead.article.Article;
import com.masthead.article.ArticleContent;
import com.masthead.article.ArticleReading;
import com.masthead.article.OriginalSource;
import com.masthead.channel.Channel;
import com.masthead.channel.ChannelCatalog;
import com.masthead.correction.CorrectionNotes;
import com.masthead.edition.EditionCatalog;
import com.masthead.edition.PrintPlacement;
import com.masthead.media.ImageLibrary;
import com.masthead.media.ResponsiveImage;
import com.masthead.pagecache.PageTags;
import com.masthead.series.Series;
import com.masthead.series.SeriesCatalog;
import com.masthead.settings.SiteSettings;
import com.masthead.settings.SiteSettingsService;
import com.masthead.shared.ChineseNumerals;
import com.masthead.site.web.Crumb;
import com.masthead.site.web.Paragraphs;
import com.masthead.site.web.SharedBlocks;
import com.masthead.site.web.SiteFormat;
import com.masthead.site.web.TeaserViews;
import com.masthead.site.web.Text;
import com.masthead.site.web.paper.PrintLabels;
import com.masthead.site.web.paper.PrintPanels;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Assembles the article page. Queries: the article (three), related articles (one or two) and their pictures,
 * correction notes (one); picture news and latest news are shared blocks ({@link SharedBlocks}), built by the
 * first page after a change; channels, series, placements and settings come from memory. The count does not
 * grow with the archive.
 */
@Component
public class ArticlePages {

    static final int BLOCK_SIZE = 8;
    public static final int PICTURE_NEWS_SIZE = 4;

    private final ArticleReading articles;
    private final ChannelCatalog channels;
    private final EditionCatalog editions;
    private final SeriesCatalog series;
    private final ImageLibrary images;
    private final SiteSettingsService settings;
    private final TeaserViews teasers;
    private final CorrectionNotes corrections;
    private final PrintPanels printPanels;
    private final SharedBlocks blocks;

    ArticlePages(
            ArticleReading articles,
            ChannelCatalog channels,
            EditionCatalog editions,
            SeriesCatalog series,
            ImageLibrary images,
            SiteSettingsService settings,
            TeaserViews teasers,
            CorrectionNotes corrections,
            PrintPanels printPanels,
            SharedBlocks blocks) {
        this.articles = articles;
        this.channels = channels;
        this.editions = editions;
        this.series = series;
        this.images = images;
        this.settings = settings;
        this.teasers = teasers;
        this.corrections = corrections;
        this.printPanels = printPanels;
        this.blocks = blocks;
    }

    ArticlePageModel build(Article article, Text t) {
        ArticleContent c = article.content();
        recordDependencies(article);
        SiteSettings site = settings.current();
        PrintPlacement placement =
                c.pageId() == null ? null : editions.placement(c.pageId()).orElse(null);
        PageTags.add("edition", placement == null ? null : placement.newspaperId());
        if (placement != null && !printPanels.visible(placement)) {
            placement = null; // the issue is not live yet: its pages answer 404 (EditionChanged refreshes this page)
        }
        Series inSeries =
                c.seriesId() == null ? null : series.find(c.seriesId()).orElse(null);
        OriginalSource original = c.original();
        return new ArticlePageModel(
                crumbs(c.channelId(), placement, t),
                c.kicker(),
                c.title(),
                c.subtitle(),
                SiteFormat.dateTime(article.publishedAt(), site.timeZone()),
                sourceName(c, placement, site),
                c.source() == null ? null : c.source().url(),
                c.summary(),
                leadFigure(c),
                BodyHeadings.underTitle(c.body()),
                BylineLines.of(c.bylines(), (key, name) -> t.get(key, name)),
                inSeries == null
                        ? null
                        : t.get(
                                "site.article.series-label",
                                inSeries.label(),
                                ChineseNumerals.of(c.seriesPart()),
                                c.seriesPart()),
                inSeries == null ? null : inSeries.url(),
                placement == null ? null : printLine(placement, t),
                placement == null ? null : placement.pageUrl(),
                c.responsibleEditor(),
                c.isReprint(),
                c.isReprint() && original != null
                        ? site.reprintStatementText(original.outlet(), original.author(), original.title())
                        : site.originalStatementText(),
                original == null ? null : original.url(),
                c.tags(),
                blocks.pictures(PICTURE_NEWS_SIZE),
                blocks.latest(BLOCK_SIZE),
                teasers.of(articles.related(article, BLOCK_SIZE), null),
                article.id(),
                correctionNotes(article.id(), site),
                placement == null
                        ? null
                        : printPanels.of(article.id(), placement, t).orElse(null));
    }

    private List<CorrectionNoteView> correctionNotes(long articleId, SiteSettings site) {
        return corrections.forArticle(articleId).stream()
                .map(note -> new CorrectionNoteView(
                        SiteFormat.date(note.publishedAt(), site.timeZone()), Paragraphs.of(note.text())))
                .toList();
    }

    private static void recordDependencies(Article article) {
        ArticleContent c = article.content();
        PageTags.add("article", article.id());
        PageTags.add(PageTags.LATEST);
        PageTags.add(PageTags.PICTURES);
        PageTags.add("series", c.seriesId());
        PageTags.add("list:series", c.seriesId());
        PageTags.add("list:channel", c.channelId());
        PageTags.add("image", c.leadImage() == null ? null : c.leadImage().imageId());
    }

    List<Crumb> crumbs(long channelId, PrintPlacement placement, Text t) {
        List<Crumb> crumbs = new ArrayList<>();
        crumbs.add(new Crumb(t.get("site.home"), "/"));
        for (Channel channel : channels.ancestry(channelId)) {
            crumbs.add(new Crumb(channel.name(), channel.url()));
        }
        if (placement != null) {
            crumbs.add(new Crumb(placement.newspaperName(), placement.newspaperUrl()));
            crumbs.add(new Crumb(PrintLabels.label(placement, t), placement.pageUrl()));
        }
        return crumbs;
    }

    private static String sourceName(ArticleContent c, PrintPlacement placement, SiteSettings site) {
        if (c.source() != null && c.source().name() != null) {
            return c.source().name();
        }
        return placement != null ? placement.newspaperName() : site.name();
    }

    private FigureView leadFigure(ArticleContent c) {
        if (c.leadImage() == null) {
            return null;
        }
        return images.find(c.leadImage().imageId())
                .map(image -> {
                    ResponsiveImage shown = ResponsiveImage.of(image);
                    return new FigureView(
                            shown.src(),
                            shown.srcset(),
                            ResponsiveImage.ARTICLE_COLUMN,
                            image.alt() != null ? image.alt() : c.title(),
                            c.leadImage().caption() != null ? c.leadImage().caption() : image.caption(),
                            c.leadImage().credit() != null ? c.leadImage().credit() : image.credit(),
                            shown.width(),
                            shown.height());
                })
                .orElse(null);
    }

    private static String printLine(PrintPlacement p, Text t) {
        return t.get(
                "site.article.print-line",
                p.newspaperName(),
                SiteFormat.longDate(p.issueDate(), t),
                PrintLabels.inline(p, t));
    }
}
