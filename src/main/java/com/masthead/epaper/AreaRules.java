package com.masthead.epaper;

import com.masthead.article.ArticleReading;
import com.masthead.shared.FieldProblem;
import com.masthead.shared.InvalidInputException;
import com.masthead.shared.NotFoundException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Checks an {@link AreaInput} against its page and names every offending field ({@link InvalidInputException});
 * an article that does not exist is a {@link NotFoundException} naming {@code articleId}.
 */
@Component
class AreaRules {

    private final ArticleReading articles;

    AreaRules(ArticleReading articles) {
        this.articles = articles;
    }

    /** The draft for a valid input on a page of this size; throws {@link InvalidInputException} otherwise. */
    AreaDraft check(AreaInput in, PageFile file, int defaultOrder, AreaSource source, double confidence) {
        List<FieldProblem> problems = new ArrayList<>();
        AreaKind kind = kind(in.kind(), problems);
        Polygon polygon = polygon(in.polygon(), file, problems);
        int order = in.readingOrder() == null ? defaultOrder : in.readingOrder();
        if (order < 1 || order > 999) {
            problems.add(new FieldProblem("readingOrder", "areas.reading-order.range"));
        }
        Long articleId = in.articleId();
        String link = in.linkUrl() == null || in.linkUrl().isBlank()
                ? null
                : in.linkUrl().strip();
        if (kind == AreaKind.ADVERTISEMENT) {
            if (link == null || !isWebLink(link)) {
                problems.add(new FieldProblem("linkUrl", "areas.link.web"));
            }
        } else if (kind != null) {
            if (link != null) {
                problems.add(new FieldProblem("linkUrl", "areas.link.ads-only"));
            }
            if (articleId == null) {
                problems.add(new FieldProblem("articleId", "areas.article.required"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (articleId != null
                && kind != AreaKind.ADVERTISEMENT
                && articles.find(articleId).isEmpty()) {
            // an unknown reference inside a body: 422 naming the field (docs/api.md)
            throw new NotFoundException("article", articleId, "articleId");
        }
        return new AreaDraft(
                kind,
                polygon,
                order,
                kind == AreaKind.ADVERTISEMENT ? null : articleId,
                link,
                source,
                confidence,
                true);
    }

    private static AreaKind kind(String code, List<FieldProblem> problems) {
        try {
            return AreaKind.ofCode(code == null ? "" : code.strip().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("kind", "areas.kind.unknown"));
            return null;
        }
    }

    private static Polygon polygon(String text, PageFile file, List<FieldProblem> problems) {
        if (file == null) {
            problems.add(new FieldProblem("polygon", "areas.polygon.no-pdf"));
            return null;
        }
        try {
            Polygon polygon = Polygon.parse(text);
            if (!polygon.fitsOn(file.widthPt(), file.heightPt())) {
                problems.add(new FieldProblem(
                        "polygon", "areas.polygon.off-page", Math.round(file.widthPt()), Math.round(file.heightPt())));
            } else if (polygon.area() < 1) {
                problems.add(new FieldProblem("polygon", "areas.polygon.empty"));
            }
            return polygon;
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("polygon", "areas.polygon.malformed", Polygon.MAX_POINTS));
            return null;
        }
    }

    private static boolean isWebLink(String link) {
        if (link.length() > 500) {
            return false;
        }
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
