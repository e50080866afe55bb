package com.masthead.newsstandards;

import com.masthead.article.Article;
import com.masthead.article.ArticleContent;
import com.masthead.article.ArticleEditing;
import com.masthead.article.ArticleReading;
import com.masthead.article.ArticleStatus;
import com.masthead.article.OriginalSource;
import com.masthead.article.RightsType;
import com.masthead.article.Source;
import com.masthead.channel.ChannelCatalog;
import com.masthead.shared.FieldProblem;
import com.masthead.shared.InvalidInputException;
import com.masthead.shared.NotFoundException;
import com.masthead.staff.StaffMember;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes a wire item in as a draft: parses it (ninjs or NewsML-G2), maps it to article content (a reprint, with the
 * original's outlet, author, title and address) and saves it through {@link ArticleEditing}, so the body passes
 * the same HTML allow-list and channel limits as any other draft and the draft enters the review ladder. One
 * transaction: a refused item (unparseable, a required field missing, too long for its article field) leaves
 * nothing behind, and the item's guid and version are recorded with the draft, so a repeated delivery changes
 * nothing and a newer version updates the draft while it is still a draft.
 */
@Service
public class WireIngest {

    /** Where a refused article field came from in the item, for the refusal's field names. */
    private static final Map<String, String> ITEM_FIELDS = Map.of(
            "title", "headline",
            "subtitle", "subheadline",
            "body", "body",
            "source.name", "original.outlet",
            "source.url", "original.url");

    private final NinjsReader ninjs;
    private final NewsMlReader newsMl;
    private final ArticleEditing editing;
    private final ArticleReading articles;
    private final ChannelCatalog channels;
    private final WireItemRepository items;
    private final WireProperties properties;
    private final Validator validator;
    private final Clock clock;

    WireIngest(
            NinjsReader ninjs,
            NewsMlReader newsMl,
            ArticleEditing editing,
            ArticleReading articles,
            ChannelCatalog channels,
            WireItemRepository items,
            WireProperties properties,
            Validator validator,
            Clock clock) {
        this.ninjs = ninjs;
        this.newsMl = newsMl;
        this.editing = editing;
        this.articles = articles;
        this.channels = channels;
        this.items = items;
        this.properties = properties;
        this.validator = validator;
        this.clock = clock;
    }

    /** The largest item taken, in bytes ({@code masthead.wire.max-item-bytes}). */
    public long maxItemBytes() {
        return properties.maxItemBytes().toBytes();
    }

    /**
     * Takes one item in by {@code by} into {@code channelId}, or the configured wire channel when null.
     *
     * @throws InvalidInputException naming the field when the item is refused (nothing is saved)
     * @throws WireConflictException when a newer version arrives for a draft that was published meanwhile
     */
    @Transactional
    public WireOutcome take(byte[] bytes, WireFormat format, StaffMember by, Long channelId) {
        WireItem item = format == WireFormat.NINJS ? ninjs.read(bytes) : newsMl.read(bytes);
        long channel = channelId != null ? channelId : configuredChannel();
        ArticleContent content = content(item, channel);
        Optional<WireItemRepository.Known> known = items.find(item.guid());
        if (known.isEmpty()) {
            Article created = editing.create(content, by);
            items.insert(item.guid(), item.version(), created.id(), format, clock.instant());
            return new WireOutcome(item.guid(), item.version(), created.id(), WireOutcome.Kind.CREATED);
        }
        long articleId = known.get().articleId();
        if (item.version() <= known.get().version()) {
            return new WireOutcome(item.guid(), known.get().version(), articleId, WireOutcome.Kind.DUPLICATE);
        }
        Article draft = articles.find(articleId).orElseThrow(() -> new NotFoundException("article", articleId));
        if (draft.status() != ArticleStatus.DRAFT) {
            throw new WireConflictException("wire.item.published", item.guid(), articleId);
        }
        editing.revise(articleId, draft.version(), content, by);
        items.updateVersion(item.guid(), item.version(), format, clock.instant());
        return new WireOutcome(item.guid(), item.version(), articleId, WireOutcome.Kind.UPDATED);
    }

    /** The configured wire channel's id; refused naming {@code channelId} when none is configured. */
    long configuredChannel() {
        String configured = properties.channel();
        if (configured == null) {
            throw new InvalidInputException("channelId", "wire.channel.required");
        }
        if (configured.chars().allMatch(Character::isDigit)) {
            return Long.parseLong(configured);
        }
        return channels.byPath(configured)
                .orElseThrow(() -> new NotFoundException("channel", configured, "channelId"))
                .id();
    }

    private ArticleContent content(WireItem item, long channelId) {
        ArticleContent content = new ArticleContent(
                channelId,
                item.kicker(),
                item.headline(),
                item.subheadline(),
                item.summary(),
                item.bodyHtml(),
                item.outlet() == null ? null : new Source(item.outlet(), item.url()),
                RightsType.REPRINT,
                new OriginalSource(item.outlet(), item.author(), item.originalTitle(), item.url()),
                null,
                null,
                null,
                null,
                null,
                List.of(),
                List.of());
        List<FieldProblem> problems =
                validator.validate(content).stream().map(WireIngest::problem).toList();
        if (!problems.isEmpty()) {
            throw WireItemProblem.invalid(problems);
        }
        return content;
    }

    private static FieldProblem problem(ConstraintViolation<ArticleContent> violation) {
        String path = violation.getPropertyPath().toString();
        return new FieldProblem(ITEM_FIELDS.getOrDefault(path, path), "wire.field.invalid", violation.getMessage());
    }
}
