package com.masthead.epaper;

import com.masthead.correction.CorrectionPublished;
import com.masthead.edition.EditionEditing;
import com.masthead.edition.IssueDraft;
import com.masthead.edition.Newspaper;
import com.masthead.edition.NewspaperDraft;
import com.masthead.edition.NewspaperIssue;
import com.masthead.edition.NewspaperPage;
import com.masthead.edition.PageDraft;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Test data for the digital edition, stored the way the intake and the area editor store it: newspapers, issues
 * and pages through {@link EditionEditing}, real page PDFs (made with PDFBox, a headline per page) and the JPEGs
 * rendered from them through {@link EpaperFiles}, file rows, accepted areas and placements through the module's
 * repositories, each change followed by {@link PrintPageChanged} as the area editor sends it.
 */
public final class EpaperTestData {

    private static final Path CJK_FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");
    /** A small tabloid page, in PDF points. */
    public static final double PAGE_WIDTH = 600;

    public static final double PAGE_HEIGHT = 900;

    private final EditionEditing editions;
    private final PrintFileRepository files;
    private final AreaRepository areas;
    private final PlacementRepository placements;
    private final EpaperFiles store;
    private final EpaperProperties properties;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;

    public EpaperTestData(ApplicationContext context) {
        this.editions = context.getBean(EditionEditing.class);
        this.files = context.getBean(PrintFileRepository.class);
        this.areas = context.getBean(AreaRepository.class);
        this.placements = context.getBean(PlacementRepository.class);
        this.store = context.getBean(EpaperFiles.class);
        this.properties = context.getBean(EpaperProperties.class);
        this.events = context;
        this.transactions = context.getBean(TransactionTemplate.class);
        this.jdbc = context.getBean(JdbcClient.class);
    }

    public Newspaper newspaper(String name, String slug) {
        return editions.createNewspaper(new NewspaperDraft(name, slug, name + "数字报"));
    }

    public NewspaperIssue issue(long newspaperId, LocalDate date) {
        return editions.createIssue(newspaperId, new IssueDraft(date, null));
    }

    /** Takes an issue back to 'being prepared' (until the newsroom's issue publishing does it). */
    public void prepare(long issueId) {
        jdbc.sql("update newspaper_issue set status = 'preparing' where id = :id")
                .param("id", issueId)
                .update();
    }

    /** Publishes an issue that goes live at {@code goLive}. */
    public void goLiveAt(long issueId, Instant goLive) {
        jdbc.sql("update newspaper_issue set status = 'published', go_live_at = :at where id = :id")
                .param("at", goLive.toEpochMilli())
                .param("id", issueId)
                .update();
    }

    public NewspaperPage page(long issueId, int number, String name, String label) {
        return editions.createPage(issueId, new PageDraft(number, name, label, null, null));
    }

    /** A one-page PDF with {@code headline} on it, stored with its images at every width, as the page's PDF. */
    public PageFile pagePdf(long pageId, String headline) {
        byte[] pdf = pdf(List.of(headline));
        String hash = sha256(pdf);
        store.write(EpaperFiles.pdfKey(hash), pdf);
        for (int width : properties.imageWidths()) {
            store.write(EpaperFiles.imageKey(hash, width), render(pdf, width));
        }
        PageFile file = new PageFile(pageId, hash, pdf.length, PAGE_WIDTH, PAGE_HEIGHT, true);
        transactions.executeWithoutResult(status -> {
            files.savePageFile(file, null, System.currentTimeMillis());
            events.publishEvent(new PrintPageChanged(pageId, Set.of()));
        });
        return file;
    }

    /** A PDF with one page per headline, stored as the issue's whole PDF. */
    public IssueFile issuePdf(long issueId, List<String> headlines) {
        byte[] pdf = pdf(headlines);
        String hash = sha256(pdf);
        store.write(EpaperFiles.pdfKey(hash), pdf);
        IssueFile file = new IssueFile(issueId, hash, pdf.length, headlines.size());
        files.saveIssueFile(file, System.currentTimeMillis());
        return file;
    }

    /** An accepted article area, as an editor accepts it. */
    public long area(long pageId, long articleId, Polygon polygon, int readingOrder) {
        AreaDraft draft =
                new AreaDraft(AreaKind.ARTICLE, polygon, readingOrder, articleId, null, AreaSource.DRAWN, 1, true);
        return transactions.execute(status -> {
            long id = areas.insert(pageId, draft, System.currentTimeMillis());
            events.publishEvent(new PrintPageChanged(pageId, Set.of(articleId)));
            return id;
        });
    }

    /** Moves an area to {@code polygon}, as an editor adjusts it. */
    public void move(long areaId, Polygon polygon) {
        PageArea a = areas.find(areaId).orElseThrow();
        AreaDraft draft = new AreaDraft(
                a.kind(), polygon, a.readingOrder(), a.articleId(), a.linkUrl(), a.source(), a.confidence(), true);
        transactions.executeWithoutResult(status -> {
            if (!areas.update(areaId, a.version(), draft, System.currentTimeMillis())) {
                throw new IllegalStateException("area " + areaId + " changed meanwhile");
            }
            events.publishEvent(new PrintPageChanged(a.pageId(), Set.of(a.articleId())));
        });
    }

    public void placement(long articleId, long pageId, int printOrder, boolean continuation) {
        transactions.executeWithoutResult(status -> {
            placements.save(new Placement(articleId, pageId, printOrder, continuation));
            events.publishEvent(new PrintPageChanged(pageId, Set.of(articleId)));
        });
    }

    /**
     * A published correction note for the article, stored as the correction desk leaves it and announced with
     * {@link CorrectionPublished} (the desk's own flow is covered by the correction contracts).
     */
    public void correctionPublished(long articleId, String note) {
        long now = System.currentTimeMillis();
        String number = "JC-T" + now % 100_000_000 + "-" + articleId;
        transactions.executeWithoutResult(status -> {
            long id = jdbc.sql("""
                            insert into correction_request (number, article_id, article_title, status, requester_name,
                                organization, phone, email, problem, requested_change, language, due_date, note,
                                created_at, updated_at, decided_at, published_at)
                            values (:number, :article, '测试', 'PUBLISHED', '读者', '无', '010-0000', 'r@example.test',
                                '有误', '请更正', 'zh', '2026-12-31', :note, :now, :now, :now, :now)
                            returning id""")
                    .param("number", number)
                    .param("article", articleId)
                    .param("note", note)
                    .param("now", now)
                    .query(Long.class)
                    .single();
            events.publishEvent(new CorrectionPublished(id, number, articleId, Instant.ofEpochMilli(now)));
        });
    }

    private static byte[] pdf(List<String> headlines) {
        try (PDDocument doc = new PDDocument();
                TrueTypeCollection fonts = new TrueTypeCollection(CJK_FONT.toFile())) {
            PDFont font = PDType0Font.load(doc, fonts.getFontByName("WenQuanYiZenHei"), true);
            for (String headline : headlines) {
                PDPage page = new PDPage(new PDRectangle((float) PAGE_WIDTH, (float) PAGE_HEIGHT));
                doc.addPage(page);
                try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
                    text.beginText();
                    text.setFont(font, 28);
                    text.newLineAtOffset(40, (float) PAGE_HEIGHT - 80);
                    text.showText(headline);
                    text.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] render(byte[] pdf, int width) {
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(doc).renderImage(0, (float) (width / PAGE_WIDTH), ImageType.RGB);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
