package com.masthead.site.web.channel;

import com.masthead.article.ArticleReading;
import com.masthead.article.ArticleTeaser;
import com.masthead.media.ImageVariant;
import com.masthead.pagecache.PageTags;
import com.masthead.series.Series;
import com.masthead.series.SeriesCatalog;
import com.masthead.shared.ChineseNumerals;
import com.masthead.shared.PageResult;
import com.masthead.site.web.Crumb;
import com.masthead.site.web.LayoutModels;
import com.masthead.site.web.PageMissingException;
import com.masthead.site.web.TeaserView;
import com.masthead.site.web.TeaserViews;
import com.masthead.site.web.Text;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A series page at {@code /series/<slug>/}: every published part, in order, numbered in Chinese numerals. */
@Controller
class SeriesPageController {

    private final SeriesCatalog series;
    private final ArticleReading articles;
    private final TeaserViews teasers;
    private final LayoutModels layouts;

    SeriesPageController(SeriesCatalog series, ArticleReading articles, TeaserViews teasers, LayoutModels layouts) {
        this.series = series;
        this.articles = articles;
        this.teasers = teasers;
        this.layouts = layouts;
    }

    @GetMapping("/series/{slug}/")
    String series(@PathVariable String slug, HttpServletRequest request, Model model) {
        Series found = series.bySlug(slug).orElseThrow(() -> new PageMissingException(request.getRequestURI()));
        PageTags.add("series", found.id());
        PageTags.add("list:series", found.id());
        Text t = layouts.text();
        List<ArticleTeaser> parts = articles.inSeries(found.id());
        List<TeaserView> views = new ArrayList<>();
        List<TeaserView> plain = teasers.of(parts, ImageVariant.THUMB);
        for (int i = 0; i < parts.size(); i++) {
            TeaserView v = plain.get(i);
            String label = t.get(
                    "site.series.part",
                    ChineseNumerals.of(parts.get(i).seriesPart()),
                    parts.get(i).seriesPart());
            views.add(new TeaserView(
                    label, v.title(), v.url(), v.time(), v.date(), v.summary(), v.imageUrl(), v.imageSrcset()));
        }
        List<Crumb> crumbs = List.of(new Crumb(t.get("site.home"), "/"), new Crumb(found.name(), found.url()));
        model.addAttribute("layout", layouts.of(request, found.name(), found.description(), found.url()));
        model.addAttribute(
                "page",
                new ListPageModel(
                        crumbs,
                        t.get("site.series.heading", found.name()),
                        found.description(),
                        List.of(),
                        new PageResult<>(views, 1, Math.max(1, views.size()), views.size()),
                        found.url(),
                        true));
        return "site/list";
    }
}
