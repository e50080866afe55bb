package com.masthead.epaper;

import com.masthead.edition.EditionCatalog;
import com.masthead.edition.EditionEditing;
import com.masthead.edition.NewspaperPage;
import com.masthead.edition.PageDraft;
import com.masthead.shared.ChineseNumerals;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.pdfbox.multipdf.Splitter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The steps of one intake: inspect, split (one PDF per page, stored by content hash), render the page images,
 * extract each page's text, then match and record everything in one transaction (missing pages are created as
 * 第N版, each page's file and text are recorded or replaced, the whole-issue PDF too, and each page's unaccepted
 * areas are replaced by the matcher's proposals for the articles placed on it) and say which pages changed. A step that fails
 * throws; as files are content-addressed, the files it wrote before are harmless and no row is half-saved.
 */
@Component
class IntakeRun {

    private final PdfInspector inspector;
    private final PageImages images;
    private final PdfTextReader texts;
    private final AreaMatcher matcher;
    private final PlacedArticles placed;
    private final AreaRepository areas;
    private final EpaperFiles files;
    private final PrintFileRepository printFiles;
    private final IntakeRepository intakes;
    private final EditionCatalog catalog;
    private final EditionEditing editing;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    // who wants to hear of each step of the run in this thread (the command line logs them)
    private final ThreadLocal<Consumer<IntakeProgress>> listener = new ThreadLocal<>();

    IntakeRun(
            PdfInspector inspector,
            PageImages images,
            PdfTextReader texts,
            AreaMatcher matcher,
            PlacedArticles placed,
            AreaRepository areas,
            EpaperFiles files,
            PrintFileRepository printFiles,
            IntakeRepository intakes,
            EditionCatalog catalog,
            EditionEditing editing,
            PlatformTransactionManager transactionManager,
            ApplicationEventPublisher events,
            Clock clock) {
        this.inspector = inspector;
        this.images = images;
        this.texts = texts;
        this.matcher = matcher;
        this.placed = placed;
        this.areas = areas;
        this.files = files;
        this.printFiles = printFiles;
        this.intakes = intakes;
        this.catalog = catalog;
        this.editing = editing;
        this.transactions = new TransactionTemplate(transactionManager);
        this.events = events;
        this.clock = clock;
    }

    /** One page of the PDF as stored: its own PDF's hash and size, and its page size. */
    private record StoredPage(String hash, long bytes, PageSize size) {}

    /** The checks of {@link PdfInspector} plus the request's own: a page upload is a one-page PDF. */
    static void checkFits(InspectedPdf pdf, IntakeRequest request) {
        if (request.pageNumber() != null && pdf.pages().size() != 1) {
            throw PdfInspector.refused("epaper.pdf.not-one-page", pdf.pages().size());
        }
    }

    void run(long intakeId, IntakeRequest request, Consumer<IntakeProgress> listener)
            throws IOException, InterruptedException {
        this.listener.set(listener);
        try (InspectedPdf pdf = inspector.open(request.file())) {
            checkFits(pdf, request);
            int total = pdf.pages().size();
            step(intakeId, "split", 0, total);
            List<StoredPage> pages = split(intakeId, pdf);
            for (int i = 0; i < total; i++) {
                images.render(
                        pdf.document(), i, pdf.pages().get(i), pages.get(i).hash());
                step(intakeId, "render", i + 1, total);
            }
            List<PageText> text = new ArrayList<>();
            for (int i = 0; i < total; i++) {
                text.add(texts.read(pdf.document(), i));
                step(intakeId, "extract", i + 1, total);
            }
            String issueHash = request.pageNumber() == null ? storeWhole(request.file()) : null;
            step(intakeId, "match", 0, total);
            transactions.executeWithoutResult(status -> record(request, pages, text, issueHash, pdf.bytes()));
            intakes.finish(intakeId, clock.millis());
        } finally {
            this.listener.remove();
        }
    }

    private List<StoredPage> split(long intakeId, InspectedPdf pdf) throws IOException {
        List<StoredPage> stored = new ArrayList<>();
        List<PDDocument> single = new Splitter().split(pdf.document());
        try {
            for (int i = 0; i < single.size(); i++) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                single.get(i).save(out);
                byte[] bytes = out.toByteArray();
                String hash = sha256(bytes);
                files.write(files.pdfPath(hash), bytes);
                stored.add(new StoredPage(hash, bytes.length, pdf.pages().get(i)));
                step(intakeId, "split", i + 1, single.size());
            }
        } finally {
            for (PDDocument page : single) {
                page.close();
            }
        }
        return stored;
    }

    private void record(
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

    private String storeWhole(Path file) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        String hash = HexFormat.of().formatHex(digest.digest());
        files.copy(file, files.pdfPath(hash));
        return hash;
    }

    private void step(long intakeId, String step, int done, int total) {
        intakes.progress(intakeId, step, done, total, clock.millis());
        Consumer<IntakeProgress> current = listener.get();
        if (current != null) {
            intakes.find(intakeId).ifPresent(current);
        }
    }

    private static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
