package com.masthead.site.web.article;

import com.masthead.site.web.Crumb;
import com.masthead.site.web.TeaserView;
import com.masthead.site.web.paper.PaperPageModels;
import java.util.List;

/**
 * Everything the article page shows, display-ready and in page order. {@code bodyHtml} was cleaned by the
 * allow-list when it was saved and is rendered as is. {@code corrections} are the article's published correction notes
 * (更正说明), oldest first, shown at its end; {@code articleId} feeds the links to the correction and reprint forms; {@code printPanel} is
 * the page thumbnail with the article's areas for printed articles of a visible issue (else null).
 */
public record ArticlePageModel(
        List<Crumb> crumbs,
        String kicker,
        String title,
        String subtitle,
        String publishedText,
        String sourceName,
        String sourceUrl,
        String summary,
        FigureView leadFigure,
        String bodyHtml,
        List<String> bylines,
        String seriesLabel,
        String seriesUrl,
        String printLine,
        String printUrl,
        String responsibleEditor,
        boolean reprint,
        String statement,
        String originalUrl,
        List<String> tags,
        List<TeaserView> pictureNews,
        List<TeaserView> latest,
        List<TeaserView> related,
        long articleId,
        List<CorrectionNoteView> corrections,
        PaperPageModels.PrintPanel printPanel) {}
