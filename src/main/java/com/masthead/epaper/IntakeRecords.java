package com.masthead.epaper;

import com.masthead.edition.EditionCatalog;
import com.masthead.edition.EditionEditing;
import com.masthead.edition.NewspaperPage;
import com.masthead.edition.PageDraft;
import com.masthead.shared.ChineseNumerals;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The last step of an intake, in one transaction: pages the issue lacks are created (named 第N版, which {@code
 * distinctName()} hides), each page's file and text are recorded or replaced, the whole-issue PDF too, each
 * page's unaccepted areas are replaced by the matcher's proposals for the articles placed on it (accepted areas
 * stay), and {@link PrintPageChanged} is published per page with those articles.
 */
@Component
class IntakeRecords {

    private final AreaMatcher matcher;
    private final PlacedArticles placed;
    private final AreaRepository areas;
    private final PrintFileRepository printFiles;
    private final EditionCatalog catalog;
    private final EditionEditing editing;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IntakeRecords(
            AreaMatcher matcher,
            PlacedArticles placed,
            AreaRepository areas,
            PrintFileRepository printFiles,
            EditionCatalog catalog,
            EditionEditing editing,
            PlatformTransactionManager transactionManager,
            ApplicationEventPublisher events,
            Clock clock) {
        this.matcher = matcher;
        this.placed = placed;
        this.areas = areas;
        this.printFiles = printFiles;
        this.catalog = catalog;
        this.editing = editing;
        this.transactions = new TransactionTemplate(transactionManager);
        this.events = events;
        this.clock = clock;
    }

    /** One page of the PDF as stored: its own PDF's hash and size, and its page size. */
    record StoredPage(String hash, long bytes, PageSize size) {}

    /** Records the pages ({@code pages} and {@code text} in PDF order) and, for a whole issue, its PDF. */
    void record(IntakeRequest request, List<StoredPage> pages, List<PageText> text, String issueHash, long issueBytes) {
        transactions.executeWithoutResult(status -> recordNow(request, pages, text, issueHash, issueBytes));
    }

    private void recordNow(
            IntakeRequest request, List<StoredPage> pages, List<PageText> text, String issueHash, long issueBytes) {
        long now = clock.millis();
        Map<Integer, NewspaperPage> byNumber = catalog.pages(request.issueId()).stream()
                .collect(Collectors.toMap(NewspaperPage::number, Function.identity()));
        List<Long> pageIds = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            int number = request.pageNumber() != null ? request.pageNumber() : i + 1;
            NewspaperPage page = byNumber.get(number);
            if (page == null) {
                page = editing.createPage(
                        request.issueId(), new PageDraft(number, "第" + ChineseNumerals.of(number) + "版"));
            }
            StoredPage stored = pages.get(i);
            PageText pageText = text.get(i);
            printFiles.savePageFile(
                    new PageFile(
                            page.id(),
                            stored.hash(),
                            stored.bytes(),
                            stored.size().widthPt(),
                            stored.size().heightPt(),
                            pageText.usable()),
                    pageText.toJson(),
                    now);
            pageIds.add(page.id());
        }
        if (issueHash != null) {
            printFiles.saveIssueFile(new IssueFile(request.issueId(), issueHash, issueBytes, pages.size()), now);
        }
        for (int i = 0; i < pageIds.size(); i++) {
            propose(pageIds.get(i), text.get(i), now);
        }
    }

    /** Replaces the page's areas that no editor accepted with what the matcher proposes now; accepted ones stay. */
    private void propose(long pageId, PageText text, long now) {
        List<MatchableArticle> articles = placed.onPage(pageId);
        areas.deleteUnaccepted(pageId);
        for (AreaDraft draft : matcher.propose(text, articles)) {
            areas.insert(
                    pageId,
                    new AreaDraft(
                            draft.kind(),
                            draft.polygon(),
                            draft.readingOrder(),
                            draft.articleId(),
                            draft.linkUrl(),
                            draft.source(),
                            draft.confidence(),
                            false),
                    now);
        }
        Set<Long> articleIds = articles.stream().map(MatchableArticle::id).collect(Collectors.toSet());
        events.publishEvent(new PrintPageChanged(pageId, articleIds));
    }
}
