package com.masthead.pagecache;

import com.masthead.edition.EditionCatalog;
import com.masthead.edition.PrintPlacement;
import com.masthead.epaper.PrintPageChanged;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A print page's files, areas or print order changed: after the change commits, evict the views of that page
 * (tag {@code printpage:<page>}, which the newspaper's front page carries too while it shows the page) and the
 * print panels of the articles the event names ({@code printpanel:<article>}), nothing else; and purge the page's
 * address and the PDF's from proxies and CDNs.
 */
@Component
class PrintPageInvalidation {

    private final PageCache cache;
    private final PurgeRequests purges;
    private final EditionCatalog editions;

    PrintPageInvalidation(PageCache cache, PurgeRequests purges, EditionCatalog editions) {
        this.cache = cache;
        this.purges = purges;
        this.editions = editions;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(PrintPageChanged event) {
        Set<String> tags = new LinkedHashSet<>();
        tags.add("printpage:" + event.pageId());
        event.articleIds().forEach(id -> tags.add("printpanel:" + id));
        Set<String> paths = new LinkedHashSet<>();
        editions.placement(event.pageId()).ifPresent((PrintPlacement p) -> {
            paths.add(p.pageUrl());
            paths.add(p.issueUrl() + p.pageNumber() + ".pdf");
        });
        cache.invalidate(tags, keys -> {
            keys.forEach(key -> paths.add(CacheableRequests.pathOf(key)));
            purges.purge(paths);
        });
    }
}
