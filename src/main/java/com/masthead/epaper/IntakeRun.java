package com.masthead.epaper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.multipdf.Splitter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.stereotype.Component;

/**
 * The steps of one intake: inspect, split (one PDF per page, stored by content hash), render the page images,
 * extract each page's text, then match and record everything in one transaction ({@link IntakeRecords}). A step that fails
 * throws; as files are content-addressed, the files it wrote before are harmless and no row is half-saved.
 */
@Component
class IntakeRun {

    private final PdfInspector inspector;
    private final IntakeRecords records;
    private final PageImages images;
    private final PdfTextReader texts;
    private final EpaperFiles files;
    private final IntakeRepository intakes;
    private final Clock clock;
    // who wants to hear of each step of the run in this thread (the command line logs them)
    private final ThreadLocal<Consumer<IntakeProgress>> listener = new ThreadLocal<>();

    IntakeRun(
            PdfInspector inspector,
            IntakeRecords records,
            PageImages images,
            PdfTextReader texts,
            EpaperFiles files,
            IntakeRepository intakes,
            Clock clock) {
        this.inspector = inspector;
        this.records = records;
        this.images = images;
        this.texts = texts;
        this.files = files;
        this.intakes = intakes;
        this.clock = clock;
    }

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
            String sourceHash = hash(request.file());
            step(intakeId, "split", 0, total);
            List<IntakeRecords.StoredPage> pages = split(intakeId, pdf, sourceHash);
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
            String issueHash = null;
            if (request.pageNumber() == null) {
                files.copy(request.file(), EpaperFiles.pdfKey(sourceHash));
                issueHash = sourceHash;
            }
            step(intakeId, "match", 0, total);
            records.record(request, pages, text, issueHash, pdf.bytes());
            intakes.finish(intakeId, clock.millis());
        } finally {
            this.listener.remove();
        }
    }

    /**
     * One PDF per page. Each gets a file identifier made from the source's hash and its page number (PDFBox would
     * make a random one), so the same PDF uploaded again gives the same page files and reuses their images.
     */
    private List<IntakeRecords.StoredPage> split(long intakeId, InspectedPdf pdf, String sourceHash)
            throws IOException {
        List<IntakeRecords.StoredPage> stored = new ArrayList<>();
        List<PDDocument> single = new Splitter().split(pdf.document());
        try {
            for (int i = 0; i < single.size(); i++) {
                COSString id = new COSString(sourceHash + "-" + (i + 1));
                single.get(i).getDocument().getTrailer().setItem(COSName.ID, new COSArray(List.of(id, id)));
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                single.get(i).save(out);
                byte[] bytes = out.toByteArray();
                String hash = sha256(bytes);
                files.write(EpaperFiles.pdfKey(hash), bytes);
                stored.add(new IntakeRecords.StoredPage(
                        hash, bytes.length, pdf.pages().get(i)));
                step(intakeId, "split", i + 1, single.size());
            }
        } finally {
            for (PDDocument page : single) {
                page.close();
            }
        }
        return stored;
    }

    private static String hash(Path file) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
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
