package com.masthead.discovery;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.masthead.channel.Channel;
import com.masthead.channel.ChannelCatalog;
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

/**
 * Writes the sitemap XML. Documents are cached for {@link #TTL} (crawlers fetch them often, articles rarely change
 * a finished block); a new article shows in the index and its block within that time.
 */
@Service
public class Sitemaps {

    static final Duration TTL = Duration.ofMinutes(10);
    static final Duration NEWS_WINDOW = Duration.ofDays(2);
    static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";
    private static final DateTimeFormatter W3C = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final SitemapRows rows;
    private final ChannelCatalog channels;
    private final SiteSettingsService settings;
    private final Clock clock;
    private final Cache<String, String> documents =
            Caffeine.newBuilder().expireAfterWrite(TTL).maximumSize(2_000).build();

    Sitemaps(SitemapRows rows, ChannelCatalog channels, SiteSettingsService settings, Clock clock) {
        this.rows = rows;
        this.channels = channels;
        this.settings = settings;
        this.clock = clock;
    }

    /** The sitemap index: the page sitemap, the news sitemap and one article sitemap per id block. */
    public String index() {
        return documents.get("index", k -> {
            String base = settings.current().baseUrl();
            StringBuilder xml = header("sitemapindex", "");
            sitemap(xml, base + "/sitemaps/pages.xml", null);
            sitemap(xml, base + "/sitemaps/news.xml", null);
            for (SitemapBlock block : rows.blocks()) {
                sitemap(xml, base + "/sitemaps/articles-" + block.number() + ".xml", block.lastModified());
            }
            return xml.append("</sitemapindex>\n").toString();
        });
    }

    /** The articles of one id block, or empty when it has none (the page then answers 404). */
    public Optional<String> articles(long block) {
        if (block < 0 || block > Long.MAX_VALUE / SitemapRows.BLOCK_SIZE - 1) {
            return Optional.empty();
        }
        String xml = documents.get("articles-" + block, k -> {
            List<SitemapEntry> entries = rows.block(block);
            return entries.isEmpty() ? "" : urlset(entries);
        });
        return xml.isEmpty() ? Optional.empty() : Optional.of(xml);
    }

    /** The home page and every visible channel page. */
    public String pages() {
        return documents.get("pages", k -> {
            List<SitemapEntry> entries = new ArrayList<>();
            entries.add(new SitemapEntry("/", null));
            for (Channel channel : channels.all()) {
                if (channel.visible()) {
                    entries.add(new SitemapEntry(channel.url(), null));
                }
            }
            return urlset(entries);
        });
    }

    /** Articles published in the last two days, newest first, as Google News wants them. */
    public String news() {
        return documents.get("news", k -> {
            String base = settings.current().baseUrl();
            String name = settings.current().name();
            StringBuilder xml = header("urlset", " xmlns:news=\"" + NEWS_NS + "\"");
            for (NewsSitemapEntry e : rows.news(clock.instant().minus(NEWS_WINDOW))) {
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
        });
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

    static String escape(String text) {
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
