package com.masthead.epaper.bench;

import com.masthead.demo.PrintPageLayout.PlacedStory;
import com.masthead.epaper.AreaDraft;
import com.masthead.epaper.AreaKind;
import com.masthead.epaper.Polygon;
import java.awt.geom.Area;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.util.List;

/**
 * Precision and recall of proposed areas against the true ones: a proposal is a hit when it names the right article,
 * has the right kind (article or continuation) and its intersection over union with that article's true area is at
 * least {@value #MIN_IOU}.
 */
record AreaScore(int proposed, int truths, int hits) {

    static final double MIN_IOU = 0.8;

    static AreaScore of(List<AreaDraft> proposals, List<PlacedStory> truth) {
        int hits = 0;
        for (PlacedStory t : truth) {
            AreaKind kind = t.continuation() ? AreaKind.CONTINUATION : AreaKind.ARTICLE;
            boolean found = proposals.stream()
                    .anyMatch(p -> p.articleId() != null
                            && p.articleId() == t.storyId()
                            && p.kind() == kind
                            && iou(p.polygon(), t.area()) >= MIN_IOU);
            if (found) {
                hits++;
            }
        }
        return new AreaScore(proposals.size(), truth.size(), hits);
    }

    AreaScore plus(AreaScore other) {
        return new AreaScore(proposed + other.proposed, truths + other.truths, hits + other.hits);
    }

    double precision() {
        return proposed == 0 ? 0 : (double) hits / proposed;
    }

    double recall() {
        return truths == 0 ? 0 : (double) hits / truths;
    }

    static double iou(Polygon a, Polygon b) {
        Area both = area(a);
        both.intersect(area(b));
        double intersection = measure(both);
        double union = a.area() + b.area() - intersection;
        return union <= 0 ? 0 : intersection / union;
    }

    private static Area area(Polygon p) {
        Path2D path = new Path2D.Double();
        path.moveTo(p.points().get(0).x(), p.points().get(0).y());
        p.points().stream().skip(1).forEach(pt -> path.lineTo(pt.x(), pt.y()));
        path.closePath();
        return new Area(path);
    }

    /** The area enclosed by a (rectilinear or polygonal) java.awt.geom.Area, by the shoelace formula per sub-path. */
    private static double measure(Area area) {
        double total = 0;
        double[] c = new double[6];
        double startX = 0, startY = 0, lastX = 0, lastY = 0, sub = 0;
        for (PathIterator it = area.getPathIterator(null); !it.isDone(); it.next()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> {
                    startX = lastX = c[0];
                    startY = lastY = c[1];
                    sub = 0;
                }
                case PathIterator.SEG_LINETO -> {
                    sub += lastX * c[1] - c[0] * lastY;
                    lastX = c[0];
                    lastY = c[1];
                }
                case PathIterator.SEG_CLOSE -> {
                    sub += lastX * startY - startX * lastY;
                    total += sub / 2;
                    sub = 0;
                }
                default -> throw new IllegalStateException("polygons have straight edges only");
            }
        }
        return Math.abs(total);
    }
}
