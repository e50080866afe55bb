package com.masthead.newsstandards;

import com.masthead.article.Article;
import com.masthead.article.ArticleContent;
import com.masthead.article.ArticleReading;
import com.masthead.article.ArticleRevision;
import com.masthead.article.Byline;
import com.masthead.article.LeadImage;
import com.masthead.article.OriginalSource;
import com.masthead.channel.ChannelCatalog;
import com.masthead.edition.EditionCatalog;
import com.masthead.edition.NewspaperPage;
import com.masthead.media.Image;
import com.masthead.media.ImageLibrary;
import com.masthead.media.ImageVariant;
import com.masthead.newsstandards.NewsDocument.Credit;
import com.masthead.newsstandards.NewsDocument.Original;
import com.masthead.newsstandards.NewsDocument.Picture;
import com.masthead.newsstandards.NewsDocument.Rendition;
import com.masthead.newsstandards.NewsDocument.Rights;
import com.masthead.newsstandards.NewsDocument.Subject;
import com.masthead.series.SeriesCatalog;
import com.masthead.settings.SiteSettings;
import com.masthead.settings.SiteSettingsService;
import com.masthead.shared.NotFoundException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Assembles the {@link NewsDocument} of a published article from the article and the modules it points to
 * (channel, series, print page, lead picture, site settings). Only what readers see is described: the live
 * version, never a working copy in review.
 */
@Service
class NewsDocuments {

    private static final Locale PRINTED = Locale.SIMPLIFIED_CHINESE;

    private final ArticleReading articles;
    private final ChannelCatalog channels;
    private final SeriesCatalog series;
    private final EditionCatalog editions;
    private final ImageLibrary images;
    private final SiteSettingsService settings;
    private final MessageSource messages;

    NewsDocuments(
            ArticleReading articles,
            ChannelCatalog channels,
            SeriesCatalog series,
            EditionCatalog editions,
            ImageLibrary images,
            SiteSettingsService settings,
            MessageSource messages) {
        this.articles = articles;
        this.channels = channels;
        this.series = series;
        this.editions = editions;
        this.images = images;
        this.settings = settings;
        this.messages = messages;
    }

    /** The document of a published article; {@link NotFoundException} for any other status or an unknown id. */
    NewsDocument published(long id) {
        Article article =
                articles.find(id).filter(Article::isPublished).orElseThrow(() -> new NotFoundException("article", id));
        SiteSettings site = settings.current();
        String base = site.baseUrl();
        ArticleContent c = article.content();
        Instant versionCreated = articles.revision(id, article.liveRevision())
                .map(ArticleRevision::createdAt)
                .orElse(article.updatedAt());
        return new NewsDocument(
                base + article.url(),
                article.liveRevision(),
                article.createdAt(),
                versionCreated,
                article.publishedAt(),
                languageOf(c.title() + c.body()),
                site.name(),
                c.kicker(),
                c.title(),
                c.subtitle(),
                c.summary(),
                c.body(),
                c.bylines().stream().map(this::credit).toList(),
                channels.find(c.channelId())
                        .map(ch -> new Subject(ch.name(), base + ch.url()))
                        .orElse(null),
                c.seriesId() == null
                        ? null
                        : series.find(c.seriesId())
                                .map(s -> new Subject(s.label(), base + s.url()))
                                .orElse(null),
                c.seriesPart(),
                c.pageId() == null ? null : printPage(c.pageId()),
                c.leadImage() == null ? null : picture(c.leadImage(), base),
                rights(c, site, article.publishedAt()));
    }

    /**
     * {@code zh-CN} when at least one in twenty letters of the text is a Han character, else {@code en}: articles
     * carry no language of their own, and Masthead's site languages are these two.
     */
    static String languageOf(String text) {
        long letters = text.codePoints().filter(Character::isLetter).count();
        long han = text.codePoints()
                .filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
                .count();
        return letters > 0 && han * 20 >= letters ? "zh-CN" : "en";
    }

    private Credit credit(Byline byline) {
        String printed = byline.printed((key, name) -> messages.getMessage(key, new Object[] {name}, name, PRINTED));
        return new Credit(byline.role().name().toLowerCase(Locale.ROOT), byline.name(), printed);
    }

    private String printPage(long pageId) {
        NewspaperPage page = editions.requirePage(pageId);
        return page.label() == null || page.label().isBlank() ? String.valueOf(page.number()) : page.label();
    }

    private Picture picture(LeadImage lead, String base) {
        return images.find(lead.imageId())
                .map(image -> new Picture(
                        base + image.url(ImageVariant.ORIGINAL),
                        firstPresent(lead.caption(), image.caption()),
                        firstPresent(lead.credit(), image.credit()),
                        image.alt(),
                        renditions(image, base)))
                .orElse(null);
    }

    private static List<Rendition> renditions(Image image, String base) {
        List<Rendition> renditions = new ArrayList<>();
        for (ImageVariant variant : ImageVariant.values()) {
            int width = variant.maxWidth() == 0 ? image.width() : Math.min(image.width(), variant.maxWidth());
            int height = (int) Math.max(1, Math.round((double) image.height() * width / image.width()));
            String extension = variant.extensionFor(image.extension());
            renditions.add(new Rendition(
                    variant.name().toLowerCase(Locale.ROOT),
                    base + image.url(variant),
                    variant == ImageVariant.ORIGINAL
                            ? image.mediaType()
                            : "png".equals(extension) ? "image/png" : "image/jpeg",
                    width,
                    height));
        }
        return renditions;
    }

    private static Rights rights(ArticleContent c, SiteSettings site, Instant published) {
        int year = published.atZone(site.timeZone()).getYear();
        if (!c.isReprint()) {
            return new Rights(site.name(), "© " + year + " " + site.name(), site.originalStatementText(), null);
        }
        OriginalSource o = c.original() == null ? new OriginalSource(null, null, null, null) : c.original();
        String holder = o.outlet() == null ? site.name() : o.outlet();
        return new Rights(
                holder,
                "© " + holder,
                site.reprintStatementText(o.outlet(), o.author(), o.title()),
                new Original(o.outlet(), o.author(), o.title(), o.url()));
    }

    private static String firstPresent(String first, String second) {
        return first != null && !first.isBlank() ? first : second;
    }
}
