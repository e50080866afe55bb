package com.masthead.epaper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.springframework.stereotype.Component;

/**
 * Reads the text of one PDF page with positions: PDFBox's text stripper finds the characters, {@link TextLayout}
 * groups them into lines and blocks. Not thread-safe per document (PDFBox documents are not); one instance serves
 * any number of threads, each with its own document.
 */
@Component
public class PdfTextReader {

    /** Share of characters that must map to real text for the page's text to count as usable. */
    static final double USABLE_SHARE = 0.6;

    /** At least this many characters make a page's text worth matching. */
    static final int USABLE_MINIMUM = 8;

    /** The text of page {@code pageIndex} (0-based); a page without text gives no blocks and is not usable. */
    public PageText read(PDDocument document, int pageIndex) {
        PDPage page = document.getPage(pageIndex);
        PDRectangle box = page.getCropBox();
        boolean turned = page.getRotation() % 180 != 0;
        double width = turned ? box.getHeight() : box.getWidth();
        double height = turned ? box.getWidth() : box.getHeight();
        List<TextPosition> characters = characters(document, pageIndex);
        List<TextBlock> blocks = TextLayout.blocks(characters);
        return new PageText(width, height, blocks, usable(characters));
    }

    private static List<TextPosition> characters(PDDocument document, int pageIndex) {
        try {
            Collector collector = new Collector();
            collector.setStartPage(pageIndex + 1);
            collector.setEndPage(pageIndex + 1);
            collector.getText(document);
            return collector.characters;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the text of page " + (pageIndex + 1), e);
        }
    }

    static boolean usable(List<TextPosition> characters) {
        int total = 0;
        int real = 0;
        for (TextPosition c : characters) {
            String unicode = c.getUnicode();
            if (unicode != null && unicode.isBlank()) {
                continue;
            }
            total++;
            if (unicode != null && unicode.codePoints().allMatch(PdfTextReader::isReal)) {
                real++;
            }
        }
        return total >= USABLE_MINIMUM && real > USABLE_SHARE * total;
    }

    private static boolean isReal(int codePoint) {
        int type = Character.getType(codePoint);
        return codePoint != 0xFFFD
                && type != Character.PRIVATE_USE
                && type != Character.UNASSIGNED
                && type != Character.CONTROL
                && type != Character.SURROGATE;
    }

    /** Collects the page's characters (de-duplicated by the stripper) instead of writing text. */
    private static final class Collector extends PDFTextStripper {

        private final List<TextPosition> characters = new ArrayList<>();

        @Override
        protected void writePage() {
            for (List<TextPosition> article : getCharactersByArticle()) {
                characters.addAll(article);
            }
        }
    }
}
