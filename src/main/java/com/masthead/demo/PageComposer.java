package com.masthead.demo;

import com.masthead.demo.PrintPageLayout.PlacedStory;
import com.masthead.demo.PrintPageLayout.Story;
import com.masthead.epaper.Polygon;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Fills one page: the masthead strip, the continuations carried from the page before, then the page's stories in
 * rows (a lead, sometimes with a sidebar under its headline, then rows of two or three stories), and sometimes an
 * advertisement at the foot.
 */
final class PageComposer implements AutoCloseable {

    /** Body text that did not fit, to be continued on the next page. */
    record Overflow(long storyId, String text, int fromPage) {}

    private static final double MARGIN = 36;
    private static final double ROW_GAP = 18;

    private final Typesetter type;
    private final StorySetter setter;
    private final int gridColumns;
    private final Random random;
    private final double left;
    private final double right;
    private final double bottom;
    private double y;
    private final List<PlacedStory> placed = new ArrayList<>();

    PageComposer(PDDocument document, PDPage page, PDType0Font font, int gridColumns, Random random)
            throws IOException {
        this.type = new Typesetter(document, page, font);
        this.setter = new StorySetter(type);
        this.gridColumns = gridColumns;
        this.random = random;
        this.left = MARGIN;
        this.right = page.getMediaBox().getWidth() - MARGIN;
        this.bottom = page.getMediaBox().getHeight() - MARGIN;
        this.y = MARGIN;
    }

    void masthead(String title, String label, String name) {
        type.write(type.lines(title, 26, right - left), left, y, 26, 30);
        String line = "第" + label + "版 " + name;
        List<String> lines = type.lines(line, 12, 200);
        type.write(lines, right - 12 * line.length(), y + 10, 12, 15);
        type.rule(left, y + 40, right);
        y += 52;
    }

    List<PlacedStory> placed() {
        return placed;
    }

    /** Sets the carried continuations and the stories; returns what continues on the next page. */
    List<Overflow> compose(List<Story> stories, List<Overflow> carried, int page, boolean hasNext) {
        List<Overflow> next = new ArrayList<>();
        List<StorySetter.Piece> jumps = carried.stream()
                .map(o -> new StorySetter.Piece(
                        o.storyId(), null, null, null, o.text(), 0, "（上接第" + (o.fromPage() + 1) + "版）"))
                .toList();
        setRows(jumps, page, true, next, false);
        List<StorySetter.Piece> pieces = new ArrayList<>();
        for (int i = 0; i < stories.size(); i++) {
            Story s = stories.get(i);
            pieces.add(new StorySetter.Piece(s.id(), s.kicker(), s.title(), s.subtitle(), s.body(), 0, null));
        }
        setRows(pieces, page, false, next, hasNext);
        if (bottom - y > 90 && random.nextInt(3) == 0) {
            double height = Math.min(bottom - y, 130);
            type.box(left, y, right - left, height, 0.9f);
            type.write(type.lines("广告", 20, 60), left + 20, y + 20, 20, 24);
        }
        return hasNext ? next : List.of();
    }

    private void setRows(
            List<StorySetter.Piece> pieces, int page, boolean continuations, List<Overflow> next, boolean hasNext) {
        int i = 0;
        boolean lead = !continuations;
        while (i < pieces.size() && bottom - y > 120) {
            int[] spans = spans(pieces.size() - i, lead);
            if (lead && spans.length == 2 && random.nextBoolean()) {
                setLeadWithSidebar(pieces.get(i), pieces.get(i + 1), page, next, hasNext);
                i += 2;
            } else {
                setRow(pieces.subList(i, i + spans.length), spans, page, continuations, lead, next, hasNext);
                i += spans.length;
            }
            lead = false;
            y += ROW_GAP;
            type.rule(left, y - ROW_GAP / 2, right);
        }
    }

    private void setRow(
            List<StorySetter.Piece> row,
            int[] spans,
            int page,
            boolean continuations,
            boolean lead,
            List<Overflow> next,
            boolean hasNext) {
        double unit = (right - left - (gridColumns - 1) * StorySetter.GUTTER) / gridColumns;
        List<StorySetter.Plan> plans = new ArrayList<>();
        double x = left;
        double natural = y;
        for (int k = 0; k < row.size(); k++) {
            StorySetter.Piece piece = row.get(k);
            double size = continuations ? 0 : lead ? 36 : spans[k] >= 4 ? 28 : spans[k] == 3 ? 24 : 20;
            piece = new StorySetter.Piece(
                    piece.storyId(),
                    piece.kicker(),
                    piece.title(),
                    piece.subtitle(),
                    piece.body(),
                    size,
                    piece.jumpLine());
            double width = spans[k] * unit + (spans[k] - 1) * StorySetter.GUTTER;
            StorySetter.Plan plan = setter.plan(piece, x, y, width, spans[k], !continuations && random.nextInt(3) == 0);
            plans.add(plan);
            natural = Math.max(natural, setter.naturalBottom(plan));
            x += width + StorySetter.GUTTER;
        }
        double limit = continuations
                ? y + 0.3 * (bottom - y)
                : lead && hasNext && random.nextBoolean() ? y + 0.45 * (bottom - y) : bottom;
        double rowBottom = Math.min(natural, limit);
        double lowest = y;
        for (StorySetter.Plan plan : plans) {
            StorySetter.Drawn drawn = setter.draw(plan, rowBottom);
            place(
                    plan.piece().storyId(),
                    page,
                    continuations,
                    drawn.area(),
                    continuations ? "" : drawn.overflow(),
                    next);
            lowest = Math.max(lowest, drawn.bottom());
        }
        y = lowest;
    }

    /** A lead whose headline spans the page, its body in all but the last two columns, a sidebar beside it. */
    private void setLeadWithSidebar(
            StorySetter.Piece lead, StorySetter.Piece side, int page, List<Overflow> next, boolean hasNext) {
        double unit = (right - left - (gridColumns - 1) * StorySetter.GUTTER) / gridColumns;
        int leadColumns = gridColumns - 2;
        double bodyWidth = leadColumns * unit + (leadColumns - 1) * StorySetter.GUTTER;
        StorySetter.Piece display =
                new StorySetter.Piece(lead.storyId(), lead.kicker(), lead.title(), lead.subtitle(), "", 36, null);
        StorySetter.Drawn head = setter.draw(setter.plan(display, left, y, right - left, leadColumns, false), y);
        double bodyTop = head.displayBottom() + 8;
        StorySetter.Piece body = new StorySetter.Piece(lead.storyId(), null, null, null, lead.body(), 0, "");
        StorySetter.Plan bodyPlan = setter.plan(body, left, bodyTop - 8, bodyWidth, leadColumns, false);
        StorySetter.Piece sidePiece = new StorySetter.Piece(
                side.storyId(), side.kicker(), side.title(), side.subtitle(), side.body(), 20, null);
        StorySetter.Plan sidePlan = setter.plan(
                sidePiece,
                left + bodyWidth + StorySetter.GUTTER,
                bodyTop,
                right - left - bodyWidth - StorySetter.GUTTER,
                2,
                false);
        double rowBottom = Math.min(
                Math.max(setter.naturalBottom(bodyPlan), setter.naturalBottom(sidePlan)),
                hasNext && random.nextBoolean() ? y + 0.5 * (bottom - y) : bottom);
        StorySetter.Drawn leadBody = setter.draw(bodyPlan, rowBottom);
        StorySetter.Drawn sideDrawn = setter.draw(sidePlan, rowBottom);
        double top = y;
        double lowest = leadBody.bottom();
        double band = Math.max(head.inkRight(), leadBody.inkRight());
        Polygon area = new Polygon(List.of(
                new Polygon.Point(left, top),
                new Polygon.Point(band, top),
                new Polygon.Point(band, head.displayBottom()),
                new Polygon.Point(leadBody.inkRight(), head.displayBottom()),
                new Polygon.Point(leadBody.inkRight(), lowest),
                new Polygon.Point(left, lowest)));
        place(lead.storyId(), page, false, area, leadBody.overflow(), next);
        place(side.storyId(), page, false, sideDrawn.area(), sideDrawn.overflow(), next);
        y = Math.max(lowest, sideDrawn.bottom());
    }

    private void place(
            long storyId, int page, boolean continuation, Polygon area, String overflow, List<Overflow> next) {
        placed.add(new PlacedStory(storyId, page, continuation, area));
        if (!overflow.isBlank()) {
            next.add(new Overflow(storyId, overflow, page));
        }
    }

    /** Column spans for the next row (2 to 5 columns each) for up to {@code remaining} stories. */
    private int[] spans(int remaining, boolean lead) {
        int[][] options =
                gridColumns >= 6 ? new int[][] {{4, 2}, {3, 3}, {2, 2, 2}, {2, 4}, {5}} : new int[][] {{4}, {2, 2}};
        List<int[]> fitting = new ArrayList<>();
        for (int[] o : options) {
            if (o.length <= remaining && (!lead || o.length <= 2)) {
                fitting.add(o);
            }
        }
        return fitting.isEmpty() ? new int[] {Math.min(gridColumns, 4)} : fitting.get(random.nextInt(fitting.size()));
    }

    @Override
    public void close() throws IOException {
        type.close();
    }
}
