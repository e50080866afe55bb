package com.masthead.epaper;

/**
 * A page's PDF as stored: the SHA-256 of its bytes (which names the PDF and the images rendered from it), its
 * size in bytes, the page size in PDF points and whether it carried usable text.
 */
public record PageFile(long pageId, String pdfHash, long pdfBytes, double widthPt, double heightPt, boolean hasText) {}
