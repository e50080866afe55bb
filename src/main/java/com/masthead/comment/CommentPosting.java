package com.masthead.comment;

import com.masthead.article.Article;
import com.masthead.article.ArticleReading;
import com.masthead.lexicon.LexiconTier;
import com.masthead.lexicon.ScreeningReport;
import com.masthead.lexicon.SensitiveWordScreen;
import com.masthead.shared.DisplayText;
import com.masthead.shared.FieldProblem;
import com.masthead.shared.InvalidInputException;
import com.masthead.shared.NotFoundException;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What readers do: post a comment and report one. Checks, in order: the article is published and its channel
 * open; the sender's rate (every attempt counts, valid or not); the honeypot; the fields (all problems at once);
 * the sensitive-word screen (BLOCK refuses, REVIEW holds for a moderator whatever the channel's mode); bans;
 * then, in one transaction and one at a time per address, the pending cap, duplicates and the
 * insert. Anything refused leaves nothing behind. Counted in {@code masthead.comments.posts{outcome}}.
 */
@Service
public class CommentPosting {

    private static final int LOCK_STRIPES = 64;

    private final ArticleReading articles;
    private final CommentSettings settings;
    private final CommentBans bans;
    private final CommentRateLimits limits;
    private final SensitiveWordScreen screen;
    private final CommentRepository comments;
    private final CommentProperties properties;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final MeterRegistry meters;
    private final Clock clock;
    private final Object[] locks = new Object[LOCK_STRIPES];

    CommentPosting(
            ArticleReading articles,
            CommentSettings settings,
            CommentBans bans,
            CommentRateLimits limits,
            SensitiveWordScreen screen,
            CommentRepository comments,
            CommentProperties properties,
            PlatformTransactionManager transactionManager,
            ApplicationEventPublisher events,
            MeterRegistry meters,
            Clock clock) {
        this.articles = articles;
        this.settings = settings;
        this.bans = bans;
        this.limits = limits;
        this.screen = screen;
        this.comments = comments;
        this.properties = properties;
        this.transactions = new TransactionTemplate(transactionManager);
        this.events = events;
        this.meters = meters;
        this.clock = clock;
        for (int i = 0; i < LOCK_STRIPES; i++) {
            locks[i] = new Object();
        }
    }

    /**
     * Posts a comment.
     *
     * @throws NotFoundException when the article does not exist or is not published
     * @throws CommentRefusedException for a closed channel, a ban, a rate limit or the pending cap
     * @throws InvalidInputException naming each offending field (missing, too long, links, refused words,
     *     duplicate)
     */
    public PostedComment post(CommentSubmission submission, Client client) {
        Article article = articles.find(submission.articleId())
                .filter(Article::isPublished)
                .orElseThrow(() -> new NotFoundException("article", submission.articleId()));
        return post(article, submission, client);
    }

    /**
     * Posts a comment on an article the caller has already loaded (and found published); {@code submission}'s
     * article id is ignored.
     *
     * @throws CommentRefusedException for a closed channel, a ban, a rate limit or the pending cap
     * @throws InvalidInputException naming each offending field
     */
    public PostedComment post(Article article, CommentSubmission submission, Client client) {
        if (!article.isPublished()) {
            throw new NotFoundException("article", article.id());
        }
        long channelId = article.content().channelId();
        CommentRules rules = settings.rulesFor(channelId);
        try {
            if (!rules.open()) {
                throw new CommentRefusedException(CommentRefusedException.Refusal.CLOSED, null);
            }
            limits.post(client);
            if (!DisplayText.isBlank(submission.honeypot())) {
                count("honeypot");
                return new PostedComment(0, article.id(), CommentState.PENDING);
            }
            Fields fields = validate(submission, rules);
            if (bans.isBanned(client)) {
                throw new CommentRefusedException(CommentRefusedException.Refusal.BANNED, null);
            }
            boolean held = fields.review() != null;
            CommentState state = rules.preModerated() || held ? CommentState.PENDING : CommentState.APPROVED;
            PostedComment posted = store(new CommentRepository.NewComment(
                    article.id(),
                    channelId,
                    fields.nickname(),
                    fields.text(),
                    fields.contact(),
                    state,
                    fields.review(),
                    CommentText.hash(fields.text()),
                    client,
                    clock.instant()));
            count(posted.visible() ? "visible" : held ? "held" : "pending");
            return posted;
        } catch (CommentRefusedException e) {
            count(e.refusal().name().toLowerCase(java.util.Locale.ROOT));
            throw e;
        } catch (InvalidInputException e) {
            count("invalid");
            throw e;
        }
    }

    /**
     * A reader reports an approved comment. Once {@code masthead.comments.reporters-to-hide} distinct readers have
     * reported it since it was last approved, it is hidden and re-queued, flagged. Readers are told apart by their
     * network ({@link Client#limitKey}: the address, an IPv6 /64), so one reader with several browsers or
     * addresses of one subscriber counts once; reports of comments that are not visible change nothing (and say
     * nothing).
     *
     * @throws CommentRefusedException when the client reports too often
     */
    public void report(long commentId, Client client) {
        limits.report(client);
        transactions.executeWithoutResult(tx -> {
            CommentRow row = comments.find(commentId).orElse(null);
            if (row == null || row.state() != CommentState.APPROVED) {
                return;
            }
            Instant now = clock.instant();
            if (!comments.addReport(commentId, client.reporterKey(), now)) {
                return;
            }
            long reporters = comments.reportersSince(commentId, row.decidedAt());
            Comment comment = new Comment(row);
            comment.report(new ReaderReports(reporters, properties.reportersToHide()));
            comments.save(comment);
            comments.recordEvent(commentId, "REPORTED", "reader", null, now);
            comment.events().forEach(events::publishEvent);
        });
    }

    private PostedComment store(CommentRepository.NewComment comment) {
        String address = comment.client().address();
        synchronized (locks[Math.floorMod(address.hashCode(), LOCK_STRIPES)]) {
            return transactions.execute(tx -> {
                if (comment.state() == CommentState.PENDING
                        && comments.pendingFrom(address) >= properties.maxPendingPerAddress()) {
                    throw new CommentRefusedException(
                            CommentRefusedException.Refusal.TOO_MANY_PENDING, properties.pendingRetryAfter());
                }
                Instant since = comment.at().minus(properties.duplicateWindow());
                if (comments.isDuplicate(comment.articleId(), address, comment.bodyHash(), since)) {
                    throw new InvalidInputException("text", "comment.text.duplicate");
                }
                long id = comments.insert(comment);
                comments.recordEvent(
                        id,
                        "POSTED",
                        "reader",
                        comment.heldFor() == null ? null : "held for review: " + comment.heldFor(),
                        comment.at());
                events.publishEvent(new CommentPosted(id, comment.articleId(), comment.channelId(), comment.state()));
                return new PostedComment(id, comment.articleId(), comment.state());
            });
        }
    }

    /** The cleaned fields plus the REVIEW terms found (null when none). */
    private record Fields(String nickname, String text, String contact, String review) {}

    private Fields validate(CommentSubmission s, CommentRules rules) {
        List<FieldProblem> problems = new ArrayList<>();
        String nickname = line(s.nickname(), properties.maxNicknameLength());
        if (nickname == null) {
            problems.add(new FieldProblem("nickname", "comment.nickname.required"));
        } else if (CommentText.length(nickname) > properties.maxNicknameLength()) {
            problems.add(new FieldProblem("nickname", "comment.nickname.too-long", properties.maxNicknameLength()));
        } else if (CommentText.containsLink(nickname)) {
            problems.add(new FieldProblem("nickname", "comment.nickname.link"));
        }
        String text = tooLong(s.text(), properties.maxLength()) ? s.text() : CommentText.clean(s.text());
        if (text == null) {
            problems.add(new FieldProblem("text", "comment.text.required"));
        } else if (CommentText.length(text) > properties.maxLength()) {
            problems.add(new FieldProblem("text", "comment.text.too-long", properties.maxLength()));
        } else if (!rules.linksAllowed() && CommentText.containsLink(text)) {
            problems.add(new FieldProblem("text", "comment.text.links-not-allowed"));
        }
        String contact = line(s.contact(), properties.maxContactLength());
        if (contact != null && CommentText.length(contact) > properties.maxContactLength()) {
            problems.add(new FieldProblem("contact", "comment.contact.too-long", properties.maxContactLength()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        ScreeningReport onNickname = screen.screen(nickname);
        ScreeningReport onText = screen.screen(text);
        if (onNickname.blocked()) {
            problems.add(new FieldProblem("nickname", "comment.refused.content"));
        }
        if (onText.blocked()) {
            problems.add(new FieldProblem("text", "comment.refused.content"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Set<String> review = new LinkedHashSet<>(onNickname.terms(LexiconTier.REVIEW));
        review.addAll(onText.terms(LexiconTier.REVIEW));
        String heldFor = review.isEmpty() ? null : DisplayText.cut(String.join(", ", review), 900);
        return new Fields(nickname, text, contact, heldFor);
    }

    /** A cleaned single line; an absurdly long input is returned uncleaned, to be refused as too long. */
    private static String line(String raw, int max) {
        return tooLong(raw, max) ? raw : DisplayText.cleanLine(raw);
    }

    // Eight UTF-16 units per allowed character is beyond any honest input: refuse without scanning it.
    private static boolean tooLong(String raw, int max) {
        return raw != null && raw.length() > max * 8;
    }

    private void count(String outcome) {
        meters.counter("masthead.comments.posts", "outcome", outcome).increment();
    }
}
