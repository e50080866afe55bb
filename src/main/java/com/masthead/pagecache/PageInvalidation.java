package com.masthead.pagecache;

import com.masthead.article.ArticlePublished;
import com.masthead.article.ArticleReading;
import com.masthead.article.ArticleRevised;
import com.masthead.article.ArticleUnpublished;
import com.masthead.channel.Channel;
import com.masthead.channel.ChannelCatalog;
import com.masthead.channel.ChannelChanged;
import com.masthead.edition.EditionCatalog;
import com.masthead.edition.EditionChanged;
import com.masthead.edition.PrintPlacement;
import com.masthead.media.ImageChanged;
import com.masthead.popularity.MostReadChanged;
import com.masthead.series.SeriesCatalog;
import com.masthead.series.SeriesChanged;
import com.masthead.settings.SiteSettingsChanged;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Turns domain events into evictions, decided inside the changing transaction (whose change signal carries them to
 * the other instances when it commits) and applied here after the commit: an article's own page, every page that shows
 * it in a list or block, the list pages of its channel and all channels above it, its series and print pages, and
 * the latest-news and picture-news blocks wherever they are rendered, the feeds and sitemaps listing it. Changes to
 * navigation or settings, which every page shows, clear the cache. Every eviction is also sent to the configured
 * purge endpoints, and (except most-read changes, which are local) shared with the other instances.
 */
@Component
class PageInvalidation {

    private static final Logger log = LoggerFactory.getLogger(PageInvalidation.class);

    private final PageCache cache;
    private final PurgeRequests purges;
    private final ChannelCatalog channels;
    private final EditionCatalog editions;
    private final SeriesCatalog series;
    private final ArticleReading articles;

    PageInvalidation(
            PageCache cache,
            PurgeRequests purges,
            ChannelCatalog channels,
            EditionCatalog editions,
            SeriesCatalog series,
            ArticleReading articles) {
        this.cache = cache;
        this.purges = purges;
        this.channels = channels;
        this.editions = editions;
        this.series = series;
        this.articles = articles;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(ArticlePublished event) {
        Set<String> tags = articleTags(event.articleId(), event.channelId(), event.seriesId(), event.pageId());
        tags.add(PageTags.LATEST);
        tags.add(PageTags.PICTURES);
        evict(tags, publicUrls(event.articleId(), event.channelId(), event.seriesId(), event.pageId()));
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(ArticleRevised event) {
        if (!event.live()) {
            return;
        }
        Set<String> tags = articleTags(event.articleId(), event.channelId(), event.seriesId(), event.pageId());
        Set<String> urls = publicUrls(event.articleId(), event.channelId(), event.seriesId(), event.pageId());
        if (event.previousChannelId() != event.channelId()
                || !Objects.equals(event.previousSeriesId(), event.seriesId())
                || !Objects.equals(event.previousPageId(), event.pageId())) {
            tags.addAll(articleTags(
                    event.articleId(), event.previousChannelId(), event.previousSeriesId(), event.previousPageId()));
            urls.addAll(publicUrls(
                    event.articleId(), event.previousChannelId(), event.previousSeriesId(), event.previousPageId()));
        }
        // Pages already showing the article carry its teaser tag; a newly pictured article may join picture news.
        if (event.leadImageAdded()) {
            tags.add(PageTags.PICTURES);
        }
        evict(tags, urls);
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(ArticleUnpublished event) {
        evict(
                articleTags(event.articleId(), event.channelId(), event.seriesId(), event.pageId()),
                publicUrls(event.articleId(), event.channelId(), event.seriesId(), event.pageId()));
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(SeriesChanged event) {
        evict(Set.of("series:" + event.seriesId()), Set.of());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(EditionChanged event) {
        evict(Set.of("edition:" + event.newspaperId(), "editions"), Set.of());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(ImageChanged event) {
        evict(Set.of("image:" + event.imageId()), Set.of());
    }

    /** The rankings live in each instance's memory: only this instance's pages show the change. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(MostReadChanged event) {
        Set<String> keys = cache.invalidateHere(Set.of(PageTags.MOST_READ));
        Set<String> paths = new LinkedHashSet<>();
        keys.forEach(key -> paths.add(CacheableRequests.pathOf(key)));
        purges.purge(paths);
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(ChannelChanged event) {
        evictEverything();
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(SiteSettingsChanged event) {
        evictEverything();
    }

    private void evict(Set<String> tags, Set<String> publicUrls) {
        cache.invalidate(tags, keys -> {
            Set<String> paths = new LinkedHashSet<>(publicUrls);
            keys.forEach(key -> paths.add(CacheableRequests.pathOf(key)));
            log.debug("evicted {} cached pages for {}", keys.size(), tags);
            purges.purge(paths);
        });
    }

    private void evictEverything() {
        cache.invalidateAll(keys -> {
            Set<String> paths = new LinkedHashSet<>();
            keys.forEach(key -> paths.add(CacheableRequests.pathOf(key)));
            purges.purge(paths);
        });
    }

    private Set<String> articleTags(long articleId, long channelId, Long seriesId, Long pageId) {
        Set<String> tags = new LinkedHashSet<>();
        tags.add("article:" + articleId);
        tags.add("teaser:" + articleId);
        // its article sitemap, and the sitemap index that gives each article sitemap's last change
        tags.add(PageTags.sitemapBlock(articleId));
        tags.add(PageTags.SITEMAPS);
        for (Channel channel : channels.ancestry(channelId)) {
            tags.add("list:channel:" + channel.id());
        }
        if (seriesId != null) {
            tags.add("list:series:" + seriesId);
        }
        if (pageId != null) {
            tags.add("list:printpage:" + pageId);
        }
        return tags;
    }

    /** Addresses a CDN may hold for this article, whether or not this instance cached them. */
    private Set<String> publicUrls(long articleId, long channelId, Long seriesId, Long pageId) {
        Set<String> urls = new LinkedHashSet<>();
        urls.add("/");
        articles.find(articleId).map(a -> a.url()).ifPresent(urls::add);
        channels.ancestry(channelId).forEach(channel -> urls.add(channel.url()));
        if (seriesId != null) {
            series.find(seriesId).ifPresent(s -> urls.add(s.url()));
        }
        if (pageId != null) {
            editions.placement(pageId).map(PrintPlacement::pageUrl).ifPresent(urls::add);
            editions.placement(pageId).map(PrintPlacement::issueUrl).ifPresent(urls::add);
        }
        return urls;
    }
}
