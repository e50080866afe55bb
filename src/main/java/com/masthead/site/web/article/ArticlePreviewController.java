package com.masthead.site.web.article;

import com.masthead.article.Article;
import com.masthead.article.ArticleReading;
import com.masthead.settings.SiteSettingsService;
import com.masthead.shared.NotFoundException;
import com.masthead.site.web.LayoutModels;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The editors' preview: an article's working copy rendered by the public article page's own template and model,
 * so it looks exactly as readers will see it. Lives under {@code /admin/} (staff login, never cached, not indexed).
 */
@Controller
class ArticlePreviewController {

    private final ArticleReading articles;
    private final ArticlePages pages;
    private final LayoutModels layouts;
    private final SiteSettingsService settings;
    private final Clock clock;

    ArticlePreviewController(
            ArticleReading articles,
            ArticlePages pages,
            LayoutModels layouts,
            SiteSettingsService settings,
            Clock clock) {
        this.articles = articles;
        this.pages = pages;
        this.layouts = layouts;
        this.settings = settings;
        this.clock = clock;
    }

    @GetMapping("/admin/articles/{id}/preview")
    String preview(@PathVariable long id, HttpServletRequest request, HttpServletResponse response, Model model) {
        Article article = articles.find(id)
                .orElseThrow(() -> new NotFoundException("article", id))
                .previewOfWorkingCopy(clock.instant(), settings.current().timeZone());
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Robots-Tag", "noindex");
        model.addAttribute(
                "layout",
                layouts.of(request, article.content().title(), ArticleDescription.of(article.content()), null));
        model.addAttribute("page", pages.build(article, layouts.text()));
        return "site/article";
    }
}
