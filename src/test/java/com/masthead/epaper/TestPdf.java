package com.masthead.epaper;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * One-page PDFs for tests, written with the WenQuanYi Zen Hei TrueType font: text placed in columns at given
 * positions (top-left corners, y down from the top edge, as in {@link Polygon}).
 */
final class TestPdf implements AutoCloseable {

    static final File FONT = new File("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");

    private final PDDocument document = new PDDocument();
    private final PDPage page;
    private final PDPageContentStream content;
    private final PDType0Font font;
    private final TrueTypeCollection collection;
    private boolean garbled;

    TestPdf(double width, double height) {
        try {
            page = new PDPage(new PDRectangle((float) width, (float) height));
            document.addPage(page);
            collection = new TrueTypeCollection(FONT);
            TrueTypeFont ttf = collection.getFontByName("WenQuanYiZenHei");
            font = PDType0Font.load(document, ttf, true);
            content = new PDPageContentStream(document, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes {@code text} in a column {@code width} wide from {@code (x, top)}, one character per em, lines 1.5 ems
     * apart; returns the y under the last line.
     */
    double column(double x, double top, double width, double size, String text) {
        int perLine = Math.max(1, (int) Math.floor(width / size));
        double baseline = top + 0.88 * size;
        try {
            for (int i = 0; i < text.length(); i += perLine) {
                String line = text.substring(i, Math.min(text.length(), i + perLine));
                content.beginText();
                content.setFont(font, (float) size);
                content.newLineAtOffset((float) x, (float) (page.getMediaBox().getHeight() - baseline));
                content.showText(line);
                content.endText();
                baseline += 1.5 * size;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return baseline - 1.5 * size + 0.12 * size;
    }

    /** Replaces the font's Unicode mapping by one into the private-use area: positions stay, text becomes noise. */
    TestPdf garbleText() {
        garbled = true;
        return this;
    }

    private static byte[] garbled(byte[] pdf) throws IOException {
        StringBuilder cmap = new StringBuilder("""
                /CIDInit /ProcSet findresource begin 12 dict begin begincmap
                /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
                /CMapName /Garbled def /CMapType 2 def
                1 begincodespacerange <0000> <FFFF> endcodespacerange
                """);
        for (int chunk = 0; chunk < 256; chunk += 64) {
            cmap.append("64 beginbfrange\n");
            for (int high = chunk; high < chunk + 64; high++) {
                cmap.append(String.format("<%02X00> <%02XFF> <E000>%n", high, high));
            }
            cmap.append("endbfrange\n");
        }
        cmap.append("endcmap CMapName currentdict /CMap defineresource pop end end\n");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDResources resources = document.getPage(0).getResources();
            for (COSName name : resources.getFontNames()) {
                COSStream stream = document.getDocument().createCOSStream();
                try (var out = stream.createOutputStream()) {
                    out.write(cmap.toString().getBytes(StandardCharsets.US_ASCII));
                }
                resources.getFont(name).getCOSObject().setItem(COSName.TO_UNICODE, stream);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    byte[] bytes() {
        try {
            content.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return garbled ? garbled(out.toByteArray()) : out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        document.close();
        collection.close();
    }
}
