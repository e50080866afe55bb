package com.masthead.site.web.article;

import com.masthead.article.Article;
import com.masthead.article.ArticleReading;
import com.masthead.article.ArticleStatus;
import com.masthead.site.web.LayoutModel;
import com.masthead.site.web.LayoutModels;
import com.masthead.site.web.PageGoneException;
import com.masthead.site.web.PageMissingException;
import com.masthead.site.web.Text;
import com.masthead.site.web.comment.CommentPages;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The article page at {@code /news/yyyy/MM/dd/<id>.html}. The address is fixed at first publication; an address
 * with the right id and a wrong date redirects permanently to the right one. Drafts are 404, taken-down articles
 * 410.
 */
@Controller
public class ArticlePageController {

    private final ArticleReading articles;
    private final ArticlePages pages;
    private final LayoutModels layouts;
    private final ArticleMetadata metadata;
    private final CommentPages comments;

    ArticlePageController(
            ArticleReading articles,
            ArticlePages pages,
            LayoutModels layouts,
            ArticleMetadata metadata,
            CommentPages comments) {
        this.articles = articles;
        this.pages = pages;
        this.layouts = layouts;
        this.metadata = metadata;
        this.comments = comments;
    }

    @GetMapping("/news/{year:\\d+}/{month:\\d+}/{day:\\d+}/{id:\\d+}.html")
    Object article(@PathVariable long id, HttpServletRequest request, Model model) {
        Article article = articles.find(id).orElseThrow(() -> new PageMissingException(request.getRequestURI()));
        if (article.status() == ArticleStatus.UNPUBLISHED) {
            throw new PageGoneException(request.getRequestURI());
        }
        if (!article.isPublished()) {
            throw new PageMissingException(request.getRequestURI());
        }
        if (!article.url().equals(request.getRequestURI())) {
            RedirectView redirect = new RedirectView(article.url());
            redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
            return redirect;
        }
        Text t = layouts.text();
        ArticlePageModel page = pages.build(article, t);
        LayoutModel layout =
                layouts.of(request, article.content().title(), ArticleDescription.of(article.content()), article.url());
        model.addAttribute("layout", layout);
        model.addAttribute("page", page);
        model.addAttribute("meta", metadata.of(article, layout.logoUrl()));
        model.addAttribute("comments", comments.block(article, t));
        return "site/article";
    }
}
