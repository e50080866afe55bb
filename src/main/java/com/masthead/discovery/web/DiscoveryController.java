package com.masthead.discovery.web;

import com.masthead.discovery.Feeds;
import com.masthead.discovery.Sitemaps;
import com.masthead.pagecache.PageTags;
import com.masthead.settings.SiteSettingsService;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Feeds, sitemaps and robots.txt. All public; the page cache keeps them like pages (and answers with its own
 * Cache-Control and ETag), the headers set here serve when it is off.
 */
@RestController
class DiscoveryController {

    private static final MediaType RSS = MediaType.parseMediaType("application/rss+xml;charset=UTF-8");
    private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");
    private static final CacheControl FIVE_MINUTES =
            CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

    private final Feeds feeds;
    private final Sitemaps sitemaps;
    private final SiteSettingsService settings;

    DiscoveryController(Feeds feeds, Sitemaps sitemaps, SiteSettingsService settings) {
        this.feeds = feeds;
        this.sitemaps = sitemaps;
        this.settings = settings;
    }

    @GetMapping("/feeds/rss.xml")
    ResponseEntity<String> rss() {
        return ok(RSS, feeds.site(Feeds.Format.RSS));
    }

    @GetMapping("/feeds/atom.xml")
    ResponseEntity<String> atom() {
        return ok(ATOM, feeds.site(Feeds.Format.ATOM));
    }

    @GetMapping("/feeds/channels/{id:\\d{1,15}}/rss.xml")
    ResponseEntity<String> channelRss(@PathVariable long id) {
        return feeds.channel(id, Feeds.Format.RSS)
                .map(xml -> ok(RSS, xml))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/feeds/channels/{id:\\d{1,15}}/atom.xml")
    ResponseEntity<String> channelAtom(@PathVariable long id) {
        return feeds.channel(id, Feeds.Format.ATOM)
                .map(xml -> ok(ATOM, xml))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<String> sitemapIndex() {
        return ok(XML, sitemaps.index());
    }

    @GetMapping("/sitemaps/pages.xml")
    ResponseEntity<String> pages() {
        return ok(XML, sitemaps.pages());
    }

    @GetMapping("/sitemaps/news.xml")
    ResponseEntity<String> news() {
        return ok(XML, sitemaps.news());
    }

    @GetMapping("/sitemaps/articles-{block:\\d{1,12}}.xml")
    ResponseEntity<String> articles(@PathVariable long block) {
        return sitemaps.articles(block)
                .map(xml -> ok(XML, xml))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/robots.txt")
    ResponseEntity<String> robots() {
        // names the base URL only, whose change (a settings change) clears the whole cache
        PageTags.add("robots");
        String base = settings.current().baseUrl();
        String body = "User-agent: *\nAllow: /\nDisallow: /api/\nDisallow: /search\nDisallow: /beacon/\n\n"
                + "Sitemap: " + base + "/sitemap.xml\n"
                + "Sitemap: " + base + "/sitemaps/news.xml\n";
        return ok(MediaType.parseMediaType("text/plain;charset=UTF-8"), body);
    }

    private static ResponseEntity<String> ok(MediaType type, String body) {
        return ResponseEntity.ok()
                .contentType(type)
                .cacheControl(FIVE_MINUTES)
                .eTag("\"" + Integer.toHexString(body.hashCode()) + "-" + body.length() + "\"")
                .body(body);
    }
}
