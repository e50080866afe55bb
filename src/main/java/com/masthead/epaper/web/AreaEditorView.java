package com.masthead.epaper.web;

import java.util.List;

/**
 * The area editor screen's model: the page (its size in PDF points, the image at a middle width when rendered),
 * its areas in reading order, the articles placed on the page (for the article choice), the form and the latest
 * revisions.
 */
public record AreaEditorView(
        long pageId,
        String issueUrl,
        String imageUrl,
        double widthPt,
        double heightPt,
        List<Row> areas,
        List<Choice> articles,
        AreaForm form,
        Long editingId,
        List<Revision> revisions,
        List<Placed> placements,
        String scriptUrl) {

    /** Whether the page has a PDF, so that areas can be drawn on it. */
    public boolean hasPdf() {
        return widthPt > 0;
    }

    /** The SVG {@code viewBox}: the page in PDF points. */
    public String viewBox() {
        return "0 0 " + Math.round(widthPt) + " " + Math.round(heightPt);
    }

    /** One area in the list and on the image. */
    public record Row(
            long id,
            int version,
            int readingOrder,
            String kind,
            Long articleId,
            String articleTitle,
            String linkUrl,
            String source,
            int confidencePercent,
            boolean accepted,
            String polygon) {}

    /** An article that may be picked for an area. */
    public record Choice(long id, String title) {}

    /**
     * An article in the print order form: its position ({@code ""} when it is on the page but not yet in the
     * list) and whether it continues here from another page.
     */
    public record Placed(long articleId, String title, String order, boolean continuation) {}

    /** One change in the history under the editor. */
    public record Revision(String at, String action, String who, String state) {}
}
