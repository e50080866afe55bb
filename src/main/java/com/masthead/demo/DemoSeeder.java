package com.masthead.demo;

import com.masthead.article.Article;
import com.masthead.article.ArticleContent;
import com.masthead.article.ArticleEditing;
import com.masthead.article.ArticleReading;
import com.masthead.article.LeadImage;
import com.masthead.channel.Channel;
import com.masthead.channel.ChannelCatalog;
import com.masthead.channel.ChannelDraft;
import com.masthead.channel.ChannelEditing;
import com.masthead.edition.EditionEditing;
import com.masthead.edition.IssueDraft;
import com.masthead.edition.Newspaper;
import com.masthead.edition.NewspaperDraft;
import com.masthead.edition.NewspaperIssue;
import com.masthead.edition.PageDraft;
import com.masthead.media.Image;
import com.masthead.media.ImageLibrary;
import com.masthead.media.ImageMetadata;
import com.masthead.media.ImageVariant;
import com.masthead.series.Series;
import com.masthead.series.SeriesCatalog;
import com.masthead.series.SeriesDraft;
import com.masthead.settings.SiteSettingsService;
import com.masthead.shared.BootstrapLock;
import com.masthead.staff.StaffMember;
import com.masthead.system.MastheadProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * Loads the demo newspaper into an empty database on start (when {@code masthead.seed-demo-content} is true). All
 * of it goes through the same services as the API, so the demo obeys every rule real content does. Instances that
 * start together on one empty database take turns ({@link BootstrapLock}): one seeds, the others then find content
 * (asked of the database, not of a snapshot that may predate the seeding) and leave it alone.
 */
@Component
@Order(10)
class DemoSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);
    private static final List<String> ARTICLE_FILES =
            List.of("demo/articles-news.json", "demo/articles-economy.json", "demo/articles-tech.json");

    private final MastheadProperties properties;
    private final ChannelCatalog channelCatalog;
    private final ChannelEditing channels;
    private final EditionEditing editions;
    private final SeriesCatalog series;
    private final ImageLibrary images;
    private final ArticleEditing articles;
    private final SiteSettingsService settings;
    private final TransactionTemplate transaction;
    private final ObjectMapper json;
    private final Clock clock;
    private final DemoEdition edition;
    private final ArticleReading articleReading;
    private final BootstrapLock bootstrapLock;

    DemoSeeder(
            MastheadProperties properties,
            ChannelCatalog channelCatalog,
            ChannelEditing channels,
            EditionEditing editions,
            SeriesCatalog series,
            ImageLibrary images,
            ArticleEditing articles,
            SiteSettingsService settings,
            TransactionTemplate transaction,
            ObjectMapper json,
            Clock clock,
            DemoEdition edition,
            ArticleReading articleReading,
            BootstrapLock bootstrapLock) {
        this.properties = properties;
        this.channelCatalog = channelCatalog;
        this.channels = channels;
        this.editions = editions;
        this.series = series;
        this.images = images;
        this.articles = articles;
        this.settings = settings;
        this.transaction = transaction;
        this.json = json;
        this.clock = clock;
        this.edition = edition;
        this.articleReading = articleReading;
        this.bootstrapLock = bootstrapLock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.seedDemoContent()) {
            bootstrapLock.runAlone("demo content", this::seedIntoAnEmptyDatabase);
        }
    }

    private void seedIntoAnEmptyDatabase() {
        if (!channelCatalog.all().isEmpty() || articleReading.anyPublishedInIdRange(0, Long.MAX_VALUE)) {
            return;
        }
        long started = System.nanoTime();
        List<DemoEdition.PrintedIssue> printed = new ArrayList<>();
        int count = transaction.execute(status -> seed(printed));
        edition.print(printed);
        log.info("Seeded the demo newspaper: {} articles in {} ms", count, (System.nanoTime() - started) / 1_000_000);
    }

    private int seed(List<DemoEdition.PrintedIssue> printed) {
        DemoContent.Structure structure = read("demo/structure.json", new TypeReference<>() {});
        ZoneId zone = settings.current().timeZone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        Map<String, Long> channelIds = new HashMap<>();
        int position = 0;
        for (DemoContent.ChannelNode node : structure.channels()) {
            createChannel(node, null, position++, channelIds);
        }
        Map<String, Long> pageIds = new HashMap<>();
        for (DemoContent.Paper paper : structure.newspapers()) {
            Newspaper newspaper =
                    editions.createNewspaper(new NewspaperDraft(paper.name(), paper.slug(), paper.description()));
            for (DemoContent.Issue issue : paper.issues()) {
                NewspaperIssue created = editions.createIssue(
                        newspaper.id(), new IssueDraft(today.minusDays(issue.daysAgo()), issue.number()));
                List<DemoEdition.PrintedPage> pages = new ArrayList<>();
                for (DemoContent.PageEntry page : issue.pages()) {
                    long id = editions.createPage(created.id(), new PageDraft(page.number(), page.name()))
                            .id();
                    pageIds.put(issue.daysAgo() + "/" + page.number(), id);
                    pages.add(new DemoEdition.PrintedPage(id, page.number(), page.name()));
                }
                printed.add(
                        new DemoEdition.PrintedIssue(created.id(), paper.name(), paper.slug(), created.date(), pages));
            }
        }
        Map<String, Long> seriesIds = new HashMap<>();
        for (DemoContent.SeriesEntry entry : structure.series()) {
            Series created = series.create(new SeriesDraft(entry.name(), entry.slug(), entry.description()));
            seriesIds.put(entry.slug(), created.id());
        }
        Map<String, Image> pictures = new HashMap<>();
        for (DemoContent.Picture picture : structure.images()) {
            pictures.put(
                    picture.key(),
                    images.ingest(
                            DemoPicturePainter.paint(picture),
                            picture.key() + ".jpg",
                            new ImageMetadata(picture.label(), picture.label(), "海川工业网 制图")));
        }
        List<DemoContent.Story> stories = new ArrayList<>();
        for (String file : ARTICLE_FILES) {
            stories.addAll(read(file, new TypeReference<List<DemoContent.Story>>() {}));
        }
        // Oldest first, so that ids grow with publication time as they would in a real archive.
        stories.sort(
                Comparator.comparing((DemoContent.Story s) -> -s.daysAgo()).thenComparing(DemoContent.Story::time));
        for (DemoContent.Story story : stories) {
            Article article =
                    articles.create(content(story, channelIds, pageIds, seriesIds, pictures), StaffMember.system());
            Instant at = today.minusDays(story.daysAgo())
                    .atTime(LocalTime.parse(story.time()))
                    .atZone(zone)
                    .toInstant();
            articles.publishDirectly(
                    article.id(), at.isAfter(clock.instant()) ? clock.instant() : at, StaffMember.system());
        }
        return stories.size();
    }

    private void createChannel(
            DemoContent.ChannelNode node, Channel parent, int position, Map<String, Long> channelIds) {
        Channel channel = channels.create(new ChannelDraft(
                parent == null ? null : parent.id(), node.name(), node.slug(), position, node.description(), true));
        channelIds.put(channel.path(), channel.id());
        if (node.children() != null) {
            int childPosition = 0;
            for (DemoContent.ChannelNode child : node.children()) {
                createChannel(child, channel, childPosition++, channelIds);
            }
        }
    }

    private static ArticleContent content(
            DemoContent.Story s,
            Map<String, Long> channelIds,
            Map<String, Long> pageIds,
            Map<String, Long> seriesIds,
            Map<String, Image> pictures) {
        Long channelId = channelIds.get(s.channel());
        if (channelId == null) {
            throw new IllegalStateException("demo article names an unknown channel: " + s.channel());
        }
        return new ArticleContent(
                channelId,
                s.kicker(),
                s.title(),
                s.subtitle(),
                s.summary(),
                withBodyImage(s.body(), s.bodyImage(), pictures),
                s.source(),
                s.rights(),
                s.original(),
                s.leadImage() == null
                        ? null
                        : new LeadImage(
                                pictures.get(s.leadImage().image()).id(),
                                s.leadImage().caption(),
                                s.leadImage().credit()),
                s.series() == null ? null : seriesIds.get(s.series().slug()),
                s.series() == null ? null : s.series().part(),
                s.print() == null
                        ? null
                        : pageIds.get(s.print().daysAgo() + "/" + s.print().page()),
                s.responsibleEditor(),
                s.bylines(),
                s.tags());
    }

    private static String withBodyImage(String body, DemoContent.PictureUse use, Map<String, Image> pictures) {
        if (use == null) {
            return body;
        }
        Image image = pictures.get(use.image());
        String figure = "<figure><img src=\"" + image.url(ImageVariant.ARTICLE) + "\" alt=\"" + use.caption()
                + "\"><figcaption>" + use.caption() + "<span class=\"credit\">" + use.credit()
                + "</span></figcaption></figure>";
        int at = 0;
        for (int i = 0; i < (use.afterParagraph() == null ? 1 : use.afterParagraph()); i++) {
            int next = body.indexOf("</p>", at);
            if (next < 0) {
                break;
            }
            at = next + "</p>".length();
        }
        return body.substring(0, at) + figure + body.substring(at);
    }

    private <T> T read(String resource, TypeReference<T> type) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return json.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
