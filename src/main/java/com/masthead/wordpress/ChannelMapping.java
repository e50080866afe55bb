package com.masthead.wordpress;

import com.masthead.channel.Channel;
import com.masthead.channel.ChannelCatalog;
import com.masthead.channel.ChannelDraft;
import com.masthead.channel.ChannelEditing;
import com.masthead.shared.DisplayText;
import com.masthead.shared.Slugs;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Categories to channels, hierarchy kept: a category becomes the channel at its path (parent's path plus its
 * slug) when there is one, else the only channel with its slug, else a new channel under its parent's. WordPress
 * slugs of Chinese names (percent-encoded) become pinyin ({@link Slugs}). Runs inside the import's transaction.
 */
final class ChannelMapping {

    static final String FALLBACK_SLUG = "uncategorized";
    private static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";

    private final ChannelCatalog catalog;
    private final ChannelEditing editing;
    private final ReportBuilder report;
    private final Map<String, Wxr.Term> categories = new LinkedHashMap<>();
    private final Map<String, Long> channels = new HashMap<>();

    ChannelMapping(ChannelCatalog catalog, ChannelEditing editing, ReportBuilder report, Wxr.Export export) {
        this.catalog = catalog;
        this.editing = editing;
        this.report = report;
        export.categories().forEach(c -> categories.putIfAbsent(c.slug(), c));
        export.items().stream()
                .flatMap(i -> i.terms().stream())
                .filter(t -> "category".equals(t.domain()) && t.slug() != null)
                .forEach(t -> categories.putIfAbsent(t.slug(), new Wxr.Term(0, t.slug(), t.name(), null)));
    }

    /** The channel of a post's categories: its first one's, or the fallback channel when it has none. */
    long channelFor(List<Wxr.ItemTerm> terms) {
        return terms.stream()
                .filter(t -> "category".equals(t.domain()) && t.slug() != null)
                .findFirst()
                .map(t -> channelOf(t.slug(), 0))
                .orElseGet(() -> channelOf(FALLBACK_SLUG, 0));
    }

    private long channelOf(String wpSlug, int depth) {
        Long known = channels.get(wpSlug);
        if (known != null) {
            return known;
        }
        Wxr.Term term = categories.getOrDefault(wpSlug, new Wxr.Term(0, wpSlug, wpSlug, null));
        Long parentId =
                term.parentSlug() == null || depth > 20 || term.parentSlug().equals(wpSlug)
                        ? null
                        : channelOf(term.parentSlug(), depth + 1);
        String name = DisplayText.cut(
                Optional.ofNullable(DisplayText.cleanLine(term.name())).orElse(wpSlug), 60);
        String slug = slugOf(wpSlug, name, term.id());
        String path = parentId == null ? slug : catalog.require(parentId, null).path() + "/" + slug;
        Channel channel =
                catalog.byPath(path).or(() -> onlyWithSlug(slug, parentId)).orElse(null);
        if (channel != null) {
            report.count("channels.matched");
        } else {
            channel = editing.create(new ChannelDraft(parentId, name, slug, null, null, true));
            report.count("channels.created");
        }
        report.mapped("category", decoded(wpSlug), channel.url());
        channels.put(wpSlug, channel.id());
        return channel.id();
    }

    private Optional<Channel> onlyWithSlug(String slug, Long parentId) {
        if (parentId != null) {
            return Optional.empty();
        }
        List<Channel> same =
                catalog.all().stream().filter(c -> c.slug().equals(slug)).toList();
        return same.size() == 1 ? Optional.of(same.get(0)) : Optional.empty();
    }

    static String slugOf(String wpSlug, String name, long termId) {
        String decoded = decoded(wpSlug).toLowerCase(java.util.Locale.ROOT);
        if (decoded.matches(SLUG) && decoded.length() <= Slugs.MAX_LENGTH) {
            return decoded;
        }
        String fallback = "category-" + (termId > 0 ? termId : Math.abs(wpSlug.hashCode()));
        String spelled = Slugs.of(decoded, null);
        return spelled != null && !spelled.isEmpty() ? spelled : Slugs.of(name, fallback);
    }

    static String decoded(String slug) {
        try {
            return URLDecoder.decode(slug.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return slug;
        }
    }
}
