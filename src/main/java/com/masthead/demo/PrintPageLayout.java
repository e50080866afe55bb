package com.masthead.demo;

import com.masthead.epaper.Polygon;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Sets print pages for articles, the way a simple newspaper would: a masthead strip, then rows of stories, each a
 * headline (with kicker and subtitle) over its body in 2 to 5 columns, some with a grey picture box, sometimes an
 * advertisement; a story that does not fit continues on the next page of an issue (转版). Returns the PDF and, for
 * every story, the true outline of its area. The same seed gives the same pages. Needs a TrueType CJK font (PDFBox
 * cannot embed CFF-based fonts): WenQuanYi Zen Hei by default. Not thread-safe per call; instances are.
 */
public final class PrintPageLayout {

    /** The default font: WenQuanYi Zen Hei (Debian package fonts-wqy-zenhei). */
    public static final File DEFAULT_FONT = new File("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");

    /** Page sizes in PDF points and their column grid. */
    public enum Format {
        BROADSHEET(842, 1191, 6),
        TABLOID(595, 842, 4);

        final float width;
        final float height;
        final int columns;

        Format(float width, float height, int columns) {
            this.width = width;
            this.height = height;
            this.columns = columns;
        }
    }

    /** An article to set: kicker and subtitle may be null; the body is plain text. */
    public record Story(long id, String kicker, String title, String subtitle, String body) {}

    /** One page to set: its label as printed (e.g. {@code A01}), its name and its stories in print order. */
    public record PageSpec(String label, String name, List<Story> stories) {}

    /** Where a story landed: the page (0-based), whether this is a continuation, and its true outline. */
    public record PlacedStory(long storyId, int page, boolean continuation, Polygon area) {}

    /** The PDF (one page per spec) and where every story landed. */
    public record SetPages(byte[] pdf, List<PlacedStory> stories) {

        public List<PlacedStory> onPage(int page) {
            return stories.stream().filter(s -> s.page() == page).toList();
        }
    }

    private final File fontFile;

    public PrintPageLayout(File fontFile) {
        this.fontFile = fontFile;
    }

    /** Whether the font file is there (the caller decides what to do without it). */
    public boolean fontAvailable() {
        return fontFile.isFile();
    }

    /** One page. */
    public SetPages page(Format format, String masthead, PageSpec spec, long seed) {
        return issue(format, masthead, List.of(spec), seed);
    }

    /**
     * A whole issue in one PDF, a page per spec; what does not fit on a page continues at the top of the next one
     * (on the last page it is cut).
     */
    public SetPages issue(Format format, String masthead, List<PageSpec> specs, long seed) {
        return issue(format, masthead, specs, seed, true);
    }

    /**
     * A whole issue; with {@code continueOnNextPage} false, what does not fit on its page is cut instead of
     * continued (the demo's pages, whose articles have no continuation placements).
     */
    public SetPages issue(Format format, String masthead, List<PageSpec> specs, long seed, boolean continueOnNextPage) {
        try (TrueTypeCollection collection = new TrueTypeCollection(fontFile);
                PDDocument document = new PDDocument()) {
            TrueTypeFont ttf = collection.getFontByName("WenQuanYiZenHei");
            if (ttf == null) {
                throw new IllegalStateException("no WenQuanYiZenHei font in " + fontFile);
            }
            PDType0Font font = PDType0Font.load(document, ttf, true);
            List<PlacedStory> placed = new ArrayList<>();
            List<PageComposer.Overflow> carried = List.of();
            for (int i = 0; i < specs.size(); i++) {
                PDPage page = new PDPage(new PDRectangle(format.width, format.height));
                document.addPage(page);
                PageSpec spec = specs.get(i);
                try (PageComposer composer =
                        new PageComposer(document, page, font, format.columns, new Random(seed * 31 + i))) {
                    composer.masthead(masthead, spec.label(), spec.name());
                    carried = composer.compose(spec.stories(), carried, i, continueOnNextPage && i + 1 < specs.size());
                    placed.addAll(composer.placed());
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return new SetPages(out.toByteArray(), List.copyOf(placed));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot set the pages", e);
        }
    }
}
