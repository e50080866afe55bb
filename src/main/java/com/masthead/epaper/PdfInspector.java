package com.masthead.epaper;

import com.masthead.shared.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.springframework.stereotype.Component;

/**
 * Opens an uploaded PDF only when it is safe and sensible to split and render: within the size limit, a PDF at
 * all, complete, not encrypted, a page tree without loops, objects nested at most {@value #MAX_DEPTH} deep, at most
 * {@code max-pages} pages, each no larger than {@code max-page-side-pt} and no more than {@code max-page-pixels}
 * at the largest image width. Reading holds at most {@code parse-memory} of decoded streams on the heap (the rest
 * goes to temporary files). Every refusal is an {@link InvalidInputException} at the field {@code pdf} with a
 * message key naming the problem ({@code epaper.pdf.*}). Thread-safe.
 */
@Component
class PdfInspector {

    static final int MAX_DEPTH = 200;
    private static final int HEADER_WINDOW = 1024;
    private static final int TRAILER_WINDOW = 2048;

    private final EpaperProperties sizes;
    private final IntakeProperties limits;

    PdfInspector(EpaperProperties sizes, IntakeProperties limits) {
        this.sizes = sizes;
        this.limits = limits;
    }

    /** The PDF, open and checked; the caller closes it. */
    InspectedPdf open(Path file) {
        long bytes = size(file);
        if (bytes > sizes.maxFileSize().toBytes()) {
            throw refused(
                    "epaper.pdf.too-large",
                    megabytes(bytes),
                    megabytes(sizes.maxFileSize().toBytes()));
        }
        if (!window(file, 0, HEADER_WINDOW).contains("%PDF-")) {
            throw refused("epaper.pdf.not-pdf");
        }
        if (!window(file, Math.max(0, bytes - TRAILER_WINDOW), TRAILER_WINDOW).contains("%%EOF")) {
            throw refused("epaper.pdf.truncated");
        }
        PDDocument document = load(file);
        try {
            if (document.isEncrypted()) {
                throw refused("epaper.pdf.encrypted");
            }
            walkPageTree(document);
            return new InspectedPdf(document, pageSizes(document), bytes);
        } catch (InvalidInputException e) {
            close(document);
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            close(document);
            throw refused("epaper.pdf.corrupt");
        }
    }

    private PDDocument load(Path file) {
        try {
            return Loader.loadPDF(
                    new RandomAccessReadBufferedFile(file),
                    "",
                    null,
                    null,
                    MemoryUsageSetting.setupMixed(limits.parseMemory().toBytes()).streamCache);
        } catch (InvalidPasswordException e) {
            throw refused("epaper.pdf.password");
        } catch (IOException | RuntimeException | StackOverflowError e) {
            // a parser that gives up, or one that recursed into a structure nested beyond any real PDF's
            throw refused("epaper.pdf.corrupt");
        }
    }

    /** Visits every node of the page tree and every object a page refers to; loops and deep nesting are corrupt. */
    private void walkPageTree(PDDocument document) {
        COSDictionary root = document.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PAGES);
        if (root == null) {
            throw refused("epaper.pdf.corrupt");
        }
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<COSDictionary> leaves = new ArrayList<>();
        collectPages(root, seen, leaves, 0);
        if (leaves.isEmpty()) {
            throw refused("epaper.pdf.corrupt");
        }
        Set<COSBase> visited = Collections.newSetFromMap(new IdentityHashMap<>());
        Map<COSObjectKey, Long> xref = document.getDocument().getXrefTable();
        for (COSDictionary page : leaves) {
            visit(page, visited, xref, 0);
        }
    }

    private void collectPages(COSDictionary node, Set<COSBase> seen, List<COSDictionary> leaves, int depth) {
        if (!seen.add(node) || depth > MAX_DEPTH) {
            throw refused("epaper.pdf.corrupt");
        }
        COSArray kids = node.getCOSArray(COSName.KIDS);
        if (kids == null || COSName.PAGE.equals(node.getCOSName(COSName.TYPE))) {
            leaves.add(node);
            if (leaves.size() > sizes.maxPages()) {
                throw refused("epaper.pdf.too-many-pages", sizes.maxPages());
            }
            return;
        }
        for (int i = 0; i < kids.size(); i++) {
            if (!(kids.getObject(i) instanceof COSDictionary kid)) {
                throw refused("epaper.pdf.corrupt");
            }
            collectPages(kid, seen, leaves, depth + 1);
        }
    }

    private void visit(COSBase object, Set<COSBase> visited, Map<COSObjectKey, Long> xref, int depth) {
        if (depth > MAX_DEPTH) {
            throw refused("epaper.pdf.corrupt");
        }
        COSBase value = object instanceof COSObject reference ? reference.getObject() : object;
        if ((value == null || value instanceof COSNull)
                && object instanceof COSObject reference
                && xref.containsKey(reference.getKey())) {
            // an object the file has but the parser could not read: PDFBox logs it and answers null
            throw refused("epaper.pdf.corrupt");
        }
        if (value == null || !visited.add(value)) {
            return;
        }
        if (value instanceof COSDictionary dictionary) {
            for (var entry : dictionary.entrySet()) {
                if (!COSName.PARENT.equals(entry.getKey())) {
                    visit(entry.getValue(), visited, xref, depth + 1);
                }
            }
        } else if (value instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                visit(array.get(i), visited, xref, depth + 1);
            }
        }
    }

    private List<PageSize> pageSizes(PDDocument document) {
        List<PageSize> pages = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            PDRectangle box = page.getCropBox();
            boolean turned = page.getRotation() % 180 != 0;
            double width = turned ? box.getHeight() : box.getWidth();
            double height = turned ? box.getWidth() : box.getHeight();
            if (!(width > 0 && height > 0)) {
                throw refused("epaper.pdf.corrupt");
            }
            if (width > sizes.maxPageSidePt() || height > sizes.maxPageSidePt()) {
                throw refused("epaper.pdf.page-too-large", pages.size() + 1, (long) sizes.maxPageSidePt());
            }
            double pixelHeight = height * sizes.largestWidth() / width;
            if (pixelHeight * sizes.largestWidth() > limits.maxPagePixels()) {
                throw refused("epaper.pdf.page-too-many-pixels", pages.size() + 1, limits.maxPagePixels());
            }
            pages.add(new PageSize(width, height));
        }
        return pages;
    }

    private static String window(Path file, long from, int length) {
        try (SeekableByteChannel channel = Files.newByteChannel(file);
                InputStream in = java.nio.channels.Channels.newInputStream(channel.position(from))) {
            return new String(in.readNBytes(length), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long megabytes(long bytes) {
        return (bytes + (1 << 20) - 1) >> 20;
    }

    private static void close(PDDocument document) {
        try {
            document.close();
        } catch (IOException e) {
            // closing what we refused; nothing more to say
        }
    }

    static InvalidInputException refused(String key, Object... arguments) {
        return new InvalidInputException("pdf", key, arguments);
    }
}
