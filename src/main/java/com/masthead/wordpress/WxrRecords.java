package com.masthead.wordpress;

import com.masthead.article.Article;
import com.masthead.article.ArticleBodySanitizer;
import com.masthead.article.ArticleContent;
import com.masthead.article.ArticleEditing;
import com.masthead.channel.ChannelCatalog;
import com.masthead.channel.ChannelEditing;
import com.masthead.media.Image;
import com.masthead.media.ImageLibrary;
import com.masthead.media.ImageMetadata;
import com.masthead.media.ImageVariant;
import com.masthead.redirect.OldAddress;
import com.masthead.redirect.OldAddresses;
import com.masthead.staff.StaffMember;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The import's writing step, in one transaction: channels, the pictures' library rows, articles (published with
 * their original dates through the import path of {@link ArticleEditing}, or drafts), comments and old addresses.
 * Anything that fails rolls everything back: an import is all or nothing.
 */
@Component
class WxrRecords {

    static final StaffMember IMPORTER = StaffMember.system();

    private final ArticleEditing articles;
    private final ArticleBodySanitizer sanitizer;
    private final ChannelCatalog channelCatalog;
    private final ChannelEditing channelEditing;
    private final ImageLibrary images;
    private final WxrComments comments;
    private final OldAddresses oldAddresses;
    private final TransactionTemplate transactions;
    private final Clock clock;

    WxrRecords(
            ArticleEditing articles,
            ArticleBodySanitizer sanitizer,
            ChannelCatalog channelCatalog,
            ChannelEditing channelEditing,
            ImageLibrary images,
            WxrComments comments,
            OldAddresses oldAddresses,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.articles = articles;
        this.sanitizer = sanitizer;
        this.channelCatalog = channelCatalog;
        this.channelEditing = channelEditing;
        this.images = images;
        this.comments = comments;
        this.oldAddresses = oldAddresses;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** What the step before prepared: the pictures, by attachment id and by every address they were found at. */
    record Pictures(
            Map<Long, com.masthead.media.PreparedImage> byAttachment,
            Map<String, com.masthead.media.PreparedImage> byUrl) {}

    void record(long importId, Wxr.Export export, Pictures pictures, ReportBuilder report, Progress progress) {
        transactions.executeWithoutResult(status -> recordNow(importId, export, pictures, report, progress));
    }

    /** Tells how far the writing is. */
    interface Progress {
        void at(int done, int total);
    }

    private void recordNow(
            long importId, Wxr.Export export, Pictures pictures, ReportBuilder report, Progress progress) {
        ChannelMapping channels = new ChannelMapping(channelCatalog, channelEditing, report, export);
        Map<String, Image> library = new HashMap<>();
        Function<com.masthead.media.PreparedImage, Image> stored =
                p -> library.computeIfAbsent(p.hash(), h -> images.record(p, new ImageMetadata(null, null, null)));
        Map<String, Wxr.Author> authors = export.authors().stream()
                .filter(a -> a.login() != null)
                .collect(Collectors.toMap(Wxr.Author::login, a -> a, (a, b) -> a));
        List<OldAddress> redirects = new ArrayList<>();
        Map<Long, Article> published = new HashMap<>();
        String origin = "wordpress:" + importId;
        List<Wxr.Item> posts =
                export.items().stream().filter(i -> "post".equals(i.type())).toList();
        int done = 0;
        for (Wxr.Item post : posts) {
            progress.at(done++, posts.size());
            PostStatus status = PostStatus.of(post.status());
            if (status == PostStatus.SKIPPED) {
                report.skipped("post", label(post), "status", post.status());
                continue;
            }
            Long lead = post.thumbnailId() == null || !pictures.byAttachment().containsKey(post.thumbnailId())
                    ? null
                    : stored.apply(pictures.byAttachment().get(post.thumbnailId()))
                            .id();
            String body = WxrBody.withPictures(WxrBody.paragraphs(post.content()), url -> {
                var picture = pictures.byUrl().get(url);
                return picture == null ? null : stored.apply(picture).url(ImageVariant.ARTICLE);
            });
            if (showsNothing(sanitizer.clean(body))) {
                // an article must show something; WordPress keeps empty drafts
                report.skipped("post", label(post), "empty-body", null);
                continue;
            }
            String author = PostContent.author(post, authors);
            ArticleContent content = PostContent.of(post, channels.channelFor(post.terms()), body, author, lead);
            Article article = articles.create(content, IMPORTER);
            report.count("bylines");
            report.count("tags", article.content().tags().size());
            Instant at = PostContent.publishedAt(post);
            boolean publish = status == PostStatus.PUBLISHED;
            if (publish && at != null && at.isAfter(clock.instant())) {
                report.skipped("post", label(post), "future", String.valueOf(at));
                publish = false;
            }
            if (publish) {
                article = articles.publishDirectly(article.id(), at, IMPORTER);
                published.put(post.id(), article);
                report.count("articles.published");
                report.mapped("post", label(post), article.url());
                redirects.addAll(OldLinks.ofPost(post, article.url(), origin));
                comments.take(article.id(), post, report);
            } else {
                report.count("articles.drafts");
                report.mapped("post", label(post), "/admin/articles/" + article.id());
                if (!post.comments().isEmpty()) {
                    report.skipped(
                            "comments",
                            label(post),
                            "draft-comments",
                            String.valueOf(post.comments().size()));
                }
            }
        }
        progress.at(posts.size(), posts.size());
        for (Wxr.Item item : export.items()) {
            if ("attachment".equals(item.type())) {
                Article parent = published.get(item.parent());
                if (parent != null) {
                    redirects.addAll(OldLinks.ofAttachment(item, parent.url(), origin));
                }
            } else if (!"post".equals(item.type())) {
                report.skipped(item.type(), label(item), "type", item.type());
            }
        }
        report.count("images", library.size());
        library.values().forEach(i -> report.mapped("image", i.hash().substring(0, 12), i.url(ImageVariant.ORIGINAL)));
        report.count("redirects", oldAddresses.record(redirects));
    }

    private static boolean showsNothing(String cleanBody) {
        return !cleanBody.contains("<img")
                && cleanBody
                        .replaceAll("<[^>]*>", "")
                        .replaceAll("&nbsp;|&#160;|[\\s\u00a0\u3000\u200b\ufeff]", "")
                        .isEmpty();
    }

    static String label(Wxr.Item item) {
        return "#" + item.id() + " " + (item.title() == null ? "" : item.title());
    }
}
