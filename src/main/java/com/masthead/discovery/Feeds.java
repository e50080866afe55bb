package com.masthead.discovery;

import com.masthead.article.ArticleReading;
import com.masthead.article.ArticleTeaser;
import com.masthead.channel.Channel;
import com.masthead.channel.ChannelCatalog;
import com.masthead.media.Image;
import com.masthead.media.ImageLibrary;
import com.masthead.media.ImageVariant;
import com.masthead.pagecache.PageTags;
import com.masthead.settings.SiteSettings;
import com.masthead.settings.SiteSettingsService;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEnclosureImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * RSS 2.0 and Atom 1.0 feeds of the newest published articles, site-wide or for a channel and its sub-channels,
 * written with Rome. Each item carries the full summary, the channel as category and the lead picture as an
 * enclosure. Stored text passes {@link XmlText} first, so no character in a name or title can break the XML.
 * Two queries per feed (articles, pictures). Feeds are cached as pages: each records what it shows
 * ({@link PageTags}), so a publication, revision or take-down evicts exactly the feeds listing the article.
 */
@Service
public class Feeds {

    public static final int SIZE = 20;

    /** The two feed formats. */
    public enum Format {
        RSS("rss_2.0"),
        ATOM("atom_1.0");

        private final String romeType;

        Format(String romeType) {
            this.romeType = romeType;
        }
    }

    private final ArticleReading articles;
    private final ChannelCatalog channels;
    private final ImageLibrary images;
    private final SiteSettingsService settings;

    Feeds(ArticleReading articles, ChannelCatalog channels, ImageLibrary images, SiteSettingsService settings) {
        this.articles = articles;
        this.channels = channels;
        this.images = images;
        this.settings = settings;
    }

    public String site(Format format) {
        PageTags.add(PageTags.LATEST);
        SiteSettings site = settings.current();
        return write(format, site.name(), site.tagline(), "/", "/feeds/" + fileName(format), articles.latest(SIZE));
    }

    /** The feed of a visible channel, or empty. */
    public Optional<String> channel(long channelId, Format format) {
        SiteSettings site = settings.current();
        PageTags.add("list:channel", channelId);
        return channels.find(channelId)
                .filter(Channel::visible)
                .map(c -> write(
                        format,
                        c.name() + " - " + site.name(),
                        c.description() != null ? c.description() : c.name(),
                        c.url(),
                        "/feeds/channels/" + c.id() + "/" + fileName(format),
                        articles.latestInChannels(channels.subtreeIds(c.id()), SIZE)));
    }

    private String write(
            Format format, String title, String description, String path, String selfPath, List<ArticleTeaser> items) {
        String base = settings.current().baseUrl();
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType(format.romeType);
        feed.setTitle(XmlText.legal(title));
        feed.setDescription(XmlText.legal(description == null || description.isBlank() ? title : description));
        feed.setLink(XmlText.legal(base + path));
        feed.setUri(XmlText.legal(base + selfPath));
        feed.setLanguage("zh-cn");
        feed.setPublishedDate(items.isEmpty() ? null : Date.from(items.get(0).publishedAt()));
        Map<Long, Image> pictures = images.findAll(items.stream()
                .map(ArticleTeaser::leadImageId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        List<SyndEntry> entries = new ArrayList<>();
        for (ArticleTeaser t : items) {
            PageTags.add("teaser", t.id());
            PageTags.add("image", t.leadImageId());
            // Map.of() (no pictures at all) refuses a null key
            entries.add(entry(t, base, t.leadImageId() == null ? null : pictures.get(t.leadImageId())));
        }
        feed.setEntries(entries);
        try {
            return new SyndFeedOutput().outputString(feed);
        } catch (FeedException e) {
            throw new IllegalStateException("cannot write the " + format + " feed", e);
        }
    }

    private SyndEntry entry(ArticleTeaser t, String base, Image picture) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setTitle(XmlText.legal(t.title()));
        entry.setLink(XmlText.legal(base + t.url()));
        entry.setUri(XmlText.legal(base + t.url()));
        entry.setPublishedDate(Date.from(t.publishedAt()));
        entry.setUpdatedDate(Date.from(t.publishedAt()));
        if (t.summary() != null) {
            SyndContentImpl summary = new SyndContentImpl();
            summary.setType("text/plain");
            summary.setValue(XmlText.legal(t.summary()));
            entry.setDescription(summary);
        }
        channels.find(t.channelId()).ifPresent(c -> {
            SyndCategoryImpl category = new SyndCategoryImpl();
            category.setName(XmlText.legal(c.name()));
            entry.setCategories(List.of(category));
        });
        if (picture != null) {
            SyndEnclosureImpl enclosure = new SyndEnclosureImpl();
            enclosure.setUrl(base + picture.url(ImageVariant.ARTICLE));
            enclosure.setType(picture.mediaType());
            enclosure.setLength(picture.byteSize());
            entry.setEnclosures(List.of(enclosure));
        }
        return entry;
    }

    private static String fileName(Format format) {
        return format == Format.RSS ? "rss.xml" : "atom.xml";
    }
}
