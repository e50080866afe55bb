package com.masthead.discovery;

import com.masthead.channel.Channel;
import com.masthead.channel.ChannelCatalog;
import com.masthead.pagecache.PageTags;
import com.masthead.settings.SiteSettingsService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the sitemap XML. The documents are not kept here: the page cache keeps them, and evicts exactly the index
 * and the article sitemap an article change touches (tags {@link PageTags#SITEMAPS} and {@code sitemap:<block>}),
 * so a new article shows at once. Every document costs one bounded query (see {@link SitemapRows}).
 */
@Service
public class Sitemaps {

    static final Duration NEWS_WINDOW = Duration.ofDays(2);
    static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";
    private static final DateTimeFormatter W3C = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final SitemapRows rows;
    private final ChannelCatalog channels;
    private final SiteSettingsService settings;
    private final Clock clock;

    Sitemaps(SitemapRows rows, ChannelCatalog channels, SiteSettingsService settings, Clock clock) {
        this.rows = rows;
        this.channels = channels;
        this.settings = settings;
        this.clock = clock;
    }

    /** The sitemap index: the page sitemap, the news sitemap and one article sitemap per id block. */
    public String index() {
        PageTags.add(PageTags.SITEMAPS);
        String base = settings.current().baseUrl();
        StringBuilder xml = header("sitemapindex", "");
        sitemap(xml, base + "/sitemaps/pages.xml", null);
        sitemap(xml, base + "/sitemaps/news.xml", null);
        for (SitemapBlock block : rows.blocks()) {
            sitemap(xml, base + "/sitemaps/articles-" + block.number() + ".xml", block.lastModified());
        }
        return xml.append("</sitemapindex>\n").toString();
    }

    /** The articles of one id block, or empty when it has none (the page then answers 404). */
    public Optional<String> articles(long block) {
        if (block < 0 || block > Long.MAX_VALUE / SitemapRows.BLOCK_SIZE - 1) {
            return Optional.empty();
        }
        PageTags.add("sitemap", block);
        List<SitemapEntry> entries = rows.block(block);
        return entries.isEmpty() ? Optional.empty() : Optional.of(urlset(entries));
    }

    /** The home page and every visible channel page. */
    public String pages() {
        // shows channels and settings only, whose changes clear the whole cache
        PageTags.add("sitemap:pages");
        List<SitemapEntry> entries = new ArrayList<>();
        entries.add(new SitemapEntry("/", null));
        for (Channel channel : channels.all()) {
            if (channel.visible()) {
                entries.add(new SitemapEntry(channel.url(), null));
            }
        }
        return urlset(entries);
    }

    /** Articles published in the last two days, newest first, as Google News wants them. */
    public String news() {
        PageTags.add(PageTags.LATEST);
        String base = settings.current().baseUrl();
        String name = settings.current().name();
        StringBuilder xml = header("urlset", " xmlns:news=\"" + NEWS_NS + "\"");
        for (NewsSitemapEntry e : rows.news(clock.instant().minus(NEWS_WINDOW))) {
            PageTags.add("teaser", e.id());
            xml.append("<url><loc>")
                    .append(escape(base + e.path()))
                    .append("</loc><news:news>")
                    .append("<news:publication><news:name>")
                    .append(escape(name))
                    .append("</news:name><news:language>zh-cn</news:language></news:publication>")
                    .append("<news:publication_date>")
                    .append(w3c(e.publishedAt()))
                    .append("</news:publication_date><news:title>")
                    .append(escape(e.title()))
                    .append("</news:title></news:news></url>\n");
        }
        return xml.append("</urlset>\n").toString();
    }

    /**
     * Recomputes the block summary from the articles (one grouped pass over the published ids): for bulk loads that
     * bypass the article events, such as the benchmark data generator.
     */
    @Transactional
    public void recountBlocks() {
        rows.recount();
    }

    private String urlset(List<SitemapEntry> entries) {
        String base = settings.current().baseUrl();
        StringBuilder xml = header("urlset", "");
        for (SitemapEntry e : entries) {
            xml.append("<url><loc>").append(escape(base + e.path())).append("</loc>");
            if (e.lastModified() != null) {
                xml.append("<lastmod>").append(w3c(e.lastModified())).append("</lastmod>");
            }
            xml.append("</url>\n");
        }
        return xml.append("</urlset>\n").toString();
    }

    private static StringBuilder header(String root, String extraNamespaces) {
        return new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<")
                .append(root)
                .append(" xmlns=\"")
                .append(NS)
                .append('"')
                .append(extraNamespaces)
                .append(">\n");
    }

    private static void sitemap(StringBuilder xml, String loc, Instant modified) {
        xml.append("<sitemap><loc>").append(escape(loc)).append("</loc>");
        if (modified != null) {
            xml.append("<lastmod>").append(w3c(modified)).append("</lastmod>");
        }
        xml.append("</sitemap>\n");
    }

    private static String w3c(Instant instant) {
        return W3C.format(instant.atOffset(ZoneOffset.UTC).withNano(0));
    }

    /** XML-escaped, without the characters XML cannot carry at all (see {@link XmlText}). */
    static String escape(String raw) {
        String text = XmlText.legal(raw);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
