package com.masthead.site.web;

import com.masthead.article.ArticleReading;
import com.masthead.media.ImageVariant;
import com.masthead.pagecache.PageFragments;
import com.masthead.pagecache.PageTags;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The blocks many reader pages show, built once and shared until a change evicts them ({@link PageFragments}):
 * latest news, picture news, a channel's newest articles (the home page's channel blocks) and a channel's article
 * count (the channel pages' pager). Each records the tags pages showing it used to record, so both are evicted
 * together.
 */
@Component
public class SharedBlocks {

    private final ArticleReading articles;
    private final TeaserViews teasers;
    private final PageFragments fragments;

    SharedBlocks(ArticleReading articles, TeaserViews teasers, PageFragments fragments) {
        this.articles = articles;
        this.teasers = teasers;
        this.fragments = fragments;
    }

    /** The newest published articles, without pictures: the 最新 block. */
    public List<TeaserView> latest(int limit) {
        return fragments.get("latest:" + limit, () -> {
            PageTags.add(PageTags.LATEST);
            return teasers.of(articles.latest(limit), null);
        });
    }

    /** The newest published articles with a lead picture, as cards: the 图片新闻 block. */
    public List<TeaserView> pictures(int limit) {
        return fragments.get("pictures:" + limit, () -> {
            PageTags.add(PageTags.PICTURES);
            return teasers.of(articles.latestWithImage(limit), ImageVariant.CARD);
        });
    }

    /** The newest articles of a channel and its sub-channels ({@code subtree}), with thumbnails. */
    public List<TeaserView> newestInChannel(long channelId, Collection<Long> subtree, int limit) {
        return fragments.get("channel:" + channelId + ":" + subtree + ":" + limit, () -> {
            PageTags.add("list:channel", channelId);
            return teasers.of(articles.latestInChannels(subtree, limit), ImageVariant.THUMB);
        });
    }

    /** How many articles a channel's pages list (its {@code subtree}), counted up to {@code countUpTo}. */
    public long countInChannel(long channelId, Collection<Long> subtree, long countUpTo) {
        return fragments.get("count:" + channelId + ":" + subtree + ":" + countUpTo, () -> {
            PageTags.add("list:channel", channelId);
            return articles.countInChannelsUpTo(subtree, countUpTo);
        });
    }
}
