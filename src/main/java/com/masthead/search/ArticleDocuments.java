package com.masthead.search;

import com.masthead.article.ArticleText;
import com.masthead.article.ArticleTexts;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Search documents made from the article module's texts ({@link ArticleTexts}, read-only: the index is a projection
 * of them), in batches of {@link #BATCH} by id, so a rebuild of a million articles never holds more than one batch
 * in memory. Catching up follows the article change sequence.
 */
@Component
class ArticleDocuments implements SearchIndex.DocumentSource {

    static final int BATCH = 500;

    private static final Pattern BLOCK_END = Pattern.compile("(?i)</(p|h\\d|li|blockquote|figcaption|div)>|<br\\s*/?>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#\\d+|#x[0-9a-fA-F]+|amp|lt|gt|quot|apos|nbsp);");

    private final ArticleTexts articles;

    ArticleDocuments(ArticleTexts articles) {
        this.articles = articles;
    }

    @Override
    public void forEachBatch(Consumer<List<SearchDocument>> batch) {
        long after = 0;
        while (true) {
            List<ArticleText> texts = articles.batchAfter(after, BATCH);
            if (texts.isEmpty()) {
                return;
            }
            batch.accept(texts.stream().map(ArticleDocuments::document).toList());
            after = texts.get(texts.size() - 1).id();
        }
    }

    @Override
    public Optional<SearchDocument> load(long articleId) {
        return articles.find(articleId).map(ArticleDocuments::document);
    }

    /** The article change sequence above {@code change}, ascending, at most {@code limit}. */
    List<ArticleTexts.Change> changesAfter(long change, int limit) {
        return articles.changesAfter(change, limit);
    }

    /** Those of {@code changes} that exist now (holes in the sequence read again). */
    List<ArticleTexts.Change> changesAmong(Collection<Long> changes) {
        return articles.changesAmong(changes);
    }

    long latestChange() {
        return articles.latestChange();
    }

    long earliestChange() {
        return articles.earliestChange();
    }

    void forgetChangesBefore(Instant cutoff) {
        articles.forgetChangesBefore(cutoff);
    }

    /** All article ids, ascending; and how many are published. For the consistency check. */
    long[] allIds() {
        return articles.allIds();
    }

    long countPublished() {
        return articles.countPublished();
    }

    private static SearchDocument document(ArticleText a) {
        return new SearchDocument(
                a.id(),
                a.channelId(),
                a.status(),
                a.kicker(),
                a.title(),
                a.subtitle(),
                a.summary(),
                plainText(a.bodyHtml()),
                a.bylineNames(),
                a.tags(),
                a.publishedAt(),
                a.updatedAt(),
                a.url(),
                a.pageId(),
                a.issueId());
    }

    /** Text of the cleaned body HTML: block ends become line breaks so words of two paragraphs never join. */
    static String plainText(String html) {
        if (html == null) {
            return "";
        }
        String text = TAG.matcher(BLOCK_END.matcher(html).replaceAll("\n")).replaceAll("");
        return ENTITY.matcher(text)
                .replaceAll(m -> switch (m.group(1)) {
                    case "amp" -> "&";
                    case "lt" -> "<";
                    case "gt" -> ">";
                    case "quot" -> "\"";
                    case "apos" -> "'";
                    case "nbsp" -> " ";
                    default -> {
                        String code = m.group(1);
                        int cp = code.startsWith("#x")
                                ? Integer.parseInt(code.substring(2), 16)
                                : Integer.parseInt(code.substring(1));
                        yield java.util.regex.Matcher.quoteReplacement(new String(Character.toChars(cp)));
                    }
                })
                .strip();
    }
}
