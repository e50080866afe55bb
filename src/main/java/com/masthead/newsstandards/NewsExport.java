package com.masthead.newsstandards;

import com.masthead.shared.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * A published article in either news format. Reads only; safe from any thread. Articles that are not published
 * (drafts, taken down) are {@link NotFoundException} for every caller: the formats describe what readers see.
 */
@Service
public class NewsExport {

    private final NewsDocuments documents;
    private final NinjsWriter ninjs;
    private final NewsMlWriter newsMl;

    NewsExport(NewsDocuments documents, NinjsWriter ninjs, NewsMlWriter newsMl) {
        this.documents = documents;
        this.ninjs = ninjs;
        this.newsMl = newsMl;
    }

    public Rendered render(long articleId, WireFormat format) {
        NewsDocument document = documents.published(articleId);
        String body = format == WireFormat.NINJS ? ninjs.write(document) : newsMl.write(document);
        return new Rendered(body, document.version());
    }

    /** The document and the live revision it shows (the ETag). */
    public record Rendered(String body, int version) {}
}
