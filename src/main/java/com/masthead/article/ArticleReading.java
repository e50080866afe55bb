package com.masthead.article;

import com.masthead.shared.PageRequest;
import com.masthead.shared.PageResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Read models for pages and the API. Every list is bounded and served by an index on
 * {@code (status, published_at)} or {@code (channel_id, status, published_at)}; public lists contain published
 * articles only, newest first.
 */
@Service
public class ArticleReading {

    private static final int MAX_LIST = 200;

    private final PublishedArticleRepository articles;
    private final ArticleListRepository lists;
    private final ArticleStore store;
    private final ArticleHistoryRepository history;

    ArticleReading(
            PublishedArticleRepository articles,
            ArticleListRepository lists,
            ArticleStore store,
            ArticleHistoryRepository history) {
        this.lists = lists;
        this.articles = articles;
        this.store = store;
        this.history = history;
    }

    /** The revisions of an article, newest first, without their content. */
    public List<ArticleRevision> revisions(long id) {
        return history.revisions(id);
    }

    /** One revision with its full content. */
    public Optional<ArticleRevision> revision(long id, int number) {
        return history.revision(id, number);
    }

    /** The review history, oldest first; voided sign-offs have {@code valid = false}. */
    public List<ReviewStep> steps(long id) {
        return history.steps(id);
    }

    /** The article in any status (the site answers 410 for a taken-down one), or empty. */
    public Optional<Article> find(long id) {
        return store.find(id);
    }

    /** The published articles among the ids, in no particular order; reads one row per id. */
    public List<PublishedArticle> publishedAmong(Collection<Long> ids) {
        return articles.publishedAmong(ids);
    }

    /** Whether any article with an id in {@code [fromId, toIdExclusive)} is published; one index probe. */
    public boolean anyPublishedInIdRange(long fromId, long toIdExclusive) {
        return articles.anyPublishedInIdRange(fromId, toIdExclusive);
    }

    /** Every block of {@code blockSize} ids holding published articles: one grouped pass over the published ids. */
    public List<IdBlock> publishedIdBlocks(int blockSize) {
        return articles.publishedIdBlocks(blockSize);
    }

    /**
     * The published articles with an id in {@code [fromId, toIdExclusive)}, by id: a primary-key range scan, so
     * callers bound the range.
     */
    public List<PublishedArticle> publishedInIdRange(long fromId, long toIdExclusive) {
        return articles.publishedInIdRange(fromId, toIdExclusive);
    }

    /** Articles published at or after {@code since}, newest first, at most {@code limit}. */
    public List<PublishedArticle> publishedSince(Instant since, int limit) {
        return articles.publishedSince(since, limit);
    }

    public List<ArticleTeaser> latest(int limit) {
        return articles.latestPublished(bounded(limit));
    }

    /** Newest published articles that have a lead image: the 图片新闻 block. */
    public List<ArticleTeaser> latestWithImage(int limit) {
        return articles.latestPublishedWithImage(bounded(limit));
    }

    /**
     * Newest published articles in any of the channels (a channel page passes its whole subtree). The total is
     * counted up to {@code countUpTo} only: readers page through at most that many, and counting a large channel
     * exactly read hundreds of thousands of index entries per request (20 ms of CPU for a channel page at a
     * million articles, bench/pagecache/RESULTS.md).
     */
    public PageResult<ArticleTeaser> inChannels(Collection<Long> channelIds, PageRequest request, long countUpTo) {
        return new PageResult<>(
                articles.publishedInChannels(channelIds, request.size(), request.offset()),
                request.page(),
                request.size(),
                articles.countPublishedInChannelsUpTo(channelIds, countUpTo));
    }

    /** One page of the newest published articles in any of the channels, without a total. */
    public List<ArticleTeaser> pageInChannels(Collection<Long> channelIds, PageRequest request) {
        return articles.publishedInChannels(channelIds, request.size(), request.offset());
    }

    /** The number of published articles in any of the channels, or {@code countUpTo} if there are more. */
    public long countInChannelsUpTo(Collection<Long> channelIds, long countUpTo) {
        return articles.countPublishedInChannelsUpTo(channelIds, countUpTo);
    }

    public List<ArticleTeaser> latestInChannels(Collection<Long> channelIds, int limit) {
        return articles.publishedInChannels(channelIds, bounded(limit), 0);
    }

    /** Published parts of a series in part order. */
    public List<ArticleTeaser> inSeries(long seriesId) {
        return articles.publishedInSeries(seriesId, MAX_LIST);
    }

    /** Published articles placed on any of the print pages. */
    public List<ArticleTeaser> onPages(Collection<Long> pageIds) {
        return articles.publishedOnPages(pageIds, MAX_LIST);
    }

    /** The text of every article, in any status, whose print page is one of these pages; by id, bounded. */
    public List<ArticlePrintText> textsOnPages(Collection<Long> pageIds) {
        return lists.textsOnPages(pageIds, MAX_LIST);
    }

    /** The text of the articles with these ids, in any status; by id, bounded. */
    public List<ArticlePrintText> textsAmong(Collection<Long> ids) {
        return lists.textsAmong(ids, MAX_LIST);
    }

    /** Related reading: the other parts of its series first, then the newest of its channel. */
    public List<ArticleTeaser> related(Article article, int limit) {
        List<ArticleTeaser> related = new ArrayList<>();
        Long seriesId = article.content().seriesId();
        if (seriesId != null) {
            inSeries(seriesId).stream().filter(t -> t.id() != article.id()).forEach(related::add);
        }
        if (related.size() < limit) {
            articles.publishedInChannelExcept(article.content().channelId(), article.id(), limit).stream()
                    .filter(t -> related.stream().noneMatch(r -> r.id() == t.id()))
                    .forEach(related::add);
        }
        return related.size() > limit ? related.subList(0, limit) : related;
    }

    /** The management list: any status, newest change first. */
    public PageResult<ArticleSummary> list(ArticleFilter filter, Collection<Long> pageIds, PageRequest request) {
        return new PageResult<>(
                lists.summaries(filter, pageIds, request.size(), request.offset()),
                request.page(),
                request.size(),
                lists.count(filter, pageIds));
    }

    /**
     * Articles in any status whose title contains {@code text}, most recently changed first, at most {@code limit}
     * (1–100): what staff pickers search by title. Empty for blank text.
     */
    public List<ArticleSummary> titled(String text, int limit) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return lists.withTitleContaining(text.strip(), Math.max(1, Math.min(100, limit)));
    }

    private static int bounded(int limit) {
        return Math.max(1, Math.min(MAX_LIST, limit));
    }
}
