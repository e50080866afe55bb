package com.masthead.epaper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;

/** A PDF that passed inspection, open: its document and the size of each page. Close it when done. */
record InspectedPdf(PDDocument document, List<PageSize> pages, long bytes) implements AutoCloseable {

    InspectedPdf {
        pages = List.copyOf(pages);
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
