package com.masthead.comment;

import com.masthead.article.Article;
import com.masthead.article.ArticleReading;
import com.masthead.shared.DisplayText;
import com.masthead.shared.NotFoundException;
import java.time.Instant;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes in comments another system already approved (an import): stored approved, as the readers' form stores a
 * comment (nickname, private contact, text, address) without the form's rate limits, screen or moderation, since
 * they were moderated where they come from. Publishes {@link CommentPosted} in the caller's transaction.
 */
@Service
public class CommentImport {

    /** Why a comment was not taken in. */
    public enum Refusal {
        EMPTY,
        TOO_LONG,
        DUPLICATE
    }

    /** Taken in (the comment's id) or refused (why). */
    public record Outcome(Long id, Refusal refusal) {}

    private static final String UNKNOWN_ADDRESS = "0.0.0.0";

    private final ArticleReading articles;
    private final CommentRepository comments;
    private final CommentProperties properties;
    private final ApplicationEventPublisher events;

    CommentImport(
            ArticleReading articles,
            CommentRepository comments,
            CommentProperties properties,
            ApplicationEventPublisher events) {
        this.articles = articles;
        this.comments = comments;
        this.properties = properties;
        this.events = events;
    }

    /**
     * Stores {@code comment} as approved, in the caller's transaction. The nickname and contact are cut to the
     * form's limits; a text that is empty or longer than the form allows, or the same text from the same address
     * on the same article again, is refused.
     *
     * @throws NotFoundException when the article does not exist
     */
    @Transactional
    public Outcome importApproved(ImportedComment comment) {
        Article article = articles.find(comment.articleId())
                .orElseThrow(() -> new NotFoundException("article", comment.articleId()));
        String text = DisplayText.cleanText(comment.text());
        if (DisplayText.isBlank(text)) {
            return new Outcome(null, Refusal.EMPTY);
        }
        if (CommentText.length(text) > properties.maxLength()) {
            return new Outcome(null, Refusal.TOO_LONG);
        }
        String nickname = Optional.ofNullable(DisplayText.cleanLine(comment.nickname()))
                .map(n -> DisplayText.cut(n, properties.maxNicknameLength()))
                .orElse("-");
        String contact = DisplayText.cleanLine(comment.contact());
        contact = contact == null ? null : DisplayText.cut(contact, properties.maxContactLength());
        String address =
                Optional.ofNullable(IpAddresses.normalize(comment.address())).orElse(UNKNOWN_ADDRESS);
        String hash = CommentText.hash(text);
        // the same text from the same address on this article (the unique index); other articles do not count
        if (comments.isDuplicate(article.id(), address, hash, Instant.ofEpochMilli(Long.MAX_VALUE))) {
            return new Outcome(null, Refusal.DUPLICATE);
        }
        long channelId = article.content().channelId();
        long id = comments.insert(new CommentRepository.NewComment(
                article.id(),
                channelId,
                nickname,
                text,
                contact,
                CommentState.APPROVED,
                null,
                hash,
                new Client(address, "import"),
                comment.at()));
        comments.recordEvent(id, "POSTED", "import", "imported approved", comment.at());
        events.publishEvent(new CommentPosted(id, article.id(), channelId, CommentState.APPROVED));
        return new Outcome(id, null);
    }
}
