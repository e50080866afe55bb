package com.masthead.site.web.article;

import com.masthead.article.Article;
import com.masthead.article.ArticleContent;
import com.masthead.article.Byline;
import com.masthead.article.BylineRole;
import com.masthead.channel.Channel;
import com.masthead.channel.ChannelCatalog;
import com.masthead.edition.EditionCatalog;
import com.masthead.edition.PrintPlacement;
import com.masthead.media.Image;
import com.masthead.media.ImageLibrary;
import com.masthead.media.ImageVariant;
import com.masthead.series.Series;
import com.masthead.series.SeriesCatalog;
import com.masthead.settings.SiteSettings;
import com.masthead.settings.SiteSettingsService;
import com.masthead.site.web.HeadMeta;
import com.masthead.site.web.StructuredData;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The machine-readable description of an article page: schema.org {@code NewsArticle} JSON-LD (headline, dates,
 * authors, responsible editor, publisher, image, series, print edition/section/page), OpenGraph and Twitter card
 * tags. Reads channels, series, placements and settings from memory, the lead picture with one query.
 */
@Component
class ArticleMetadata {

    private static final Set<BylineRole> AUTHORS =
            Set.of(BylineRole.REPORTER, BylineRole.CORRESPONDENT, BylineRole.INTERN, BylineRole.AUTHOR);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final ChannelCatalog channels;
    private final EditionCatalog editions;
    private final SeriesCatalog series;
    private final ImageLibrary images;
    private final SiteSettingsService settings;

    ArticleMetadata(
            ChannelCatalog channels,
            EditionCatalog editions,
            SeriesCatalog series,
            ImageLibrary images,
            SiteSettingsService settings) {
        this.channels = channels;
        this.editions = editions;
        this.series = series;
        this.images = images;
        this.settings = settings;
    }

    HeadMeta of(Article article, String logoUrl) {
        SiteSettings site = settings.current();
        String base = site.baseUrl();
        ArticleContent c = article.content();
        String url = base + article.url();
        String published = iso(article.publishedAt());
        String modified = iso(article.updatedAt());
        String section = channels.find(c.channelId()).map(Channel::name).orElse(null);
        String image = c.leadImage() == null
                ? null
                : images.find(c.leadImage().imageId())
                        .map((Image i) -> base + i.url(ImageVariant.ARTICLE))
                        .orElse(null);
        String description = ArticleDescription.of(c);

        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", StructuredData.CONTEXT);
        ld.put("@type", "NewsArticle");
        ld.put("mainEntityOfPage", Map.of("@type", "WebPage", "@id", url));
        ld.put("url", url);
        ld.put("headline", c.title());
        ld.put("description", description);
        ld.put("inLanguage", "zh-CN");
        ld.put("datePublished", published);
        ld.put("dateModified", modified);
        List<Map<String, Object>> authors = new ArrayList<>();
        List<Map<String, Object>> contributors = new ArrayList<>();
        for (Byline b : c.bylines()) {
            (AUTHORS.contains(b.role()) ? authors : contributors).add(person(b.name()));
        }
        if (authors.isEmpty()) {
            authors.add(organization(site.name(), null));
        }
        ld.put("author", authors);
        if (!contributors.isEmpty()) {
            ld.put("contributor", contributors);
        }
        if (c.responsibleEditor() != null) {
            ld.put("editor", person(c.responsibleEditor()));
        }
        ld.put("publisher", organization(site.name(), StructuredData.absolute(base, logoUrl)));
        if (image != null) {
            ld.put("image", List.of(image));
        }
        if (section != null) {
            ld.put("articleSection", section);
        }
        if (!c.tags().isEmpty()) {
            ld.put("keywords", String.join(",", c.tags()));
        }
        if (c.seriesId() != null) {
            series.find(c.seriesId())
                    .ifPresent((Series s) -> ld.put(
                            "isPartOf",
                            Map.of("@type", "CreativeWorkSeries", "name", s.name(), "url", base + s.url())));
        }
        if (c.pageId() != null) {
            editions.placement(c.pageId()).ifPresent((PrintPlacement p) -> {
                ld.put("printEdition", p.newspaperName() + " " + p.issueDate());
                ld.put("printSection", p.pageName());
                ld.put("printPage", String.valueOf(p.pageNumber()));
            });
        }

        List<HeadMeta.Tag> tags = new ArrayList<>();
        og(tags, "og:type", "article");
        og(tags, "og:site_name", site.name());
        og(tags, "og:locale", "zh_CN");
        og(tags, "og:title", c.title());
        og(tags, "og:description", description);
        og(tags, "og:url", url);
        og(tags, "og:image", image);
        og(tags, "article:published_time", published);
        og(tags, "article:modified_time", modified);
        og(tags, "article:section", section);
        c.tags().forEach(t -> og(tags, "article:tag", t));
        twitter(tags, "twitter:card", image != null ? "summary_large_image" : "summary");
        twitter(tags, "twitter:title", c.title());
        twitter(tags, "twitter:description", description);
        twitter(tags, "twitter:image", image);
        return new HeadMeta(tags, StructuredData.json(ld), article.id());
    }

    private static Map<String, Object> person(String name) {
        return Map.of("@type", "Person", "name", name);
    }

    private static Map<String, Object> organization(String name, String logo) {
        Map<String, Object> org = new LinkedHashMap<>();
        org.put("@type", "NewsMediaOrganization");
        org.put("name", name);
        if (logo != null) {
            org.put("logo", Map.of("@type", "ImageObject", "url", logo));
        }
        return org;
    }

    private static void og(List<HeadMeta.Tag> tags, String key, String content) {
        if (content != null && !content.isBlank()) {
            tags.add(new HeadMeta.Tag("property", key, content));
        }
    }

    private static void twitter(List<HeadMeta.Tag> tags, String key, String content) {
        if (content != null && !content.isBlank()) {
            tags.add(new HeadMeta.Tag("name", key, content));
        }
    }

    private static String iso(java.time.Instant instant) {
        return instant == null ? null : ISO.format(instant.atOffset(ZoneOffset.UTC));
    }
}
