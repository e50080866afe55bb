package com.masthead.article.web;

import com.masthead.article.Approval;
import com.masthead.article.Article;
import com.masthead.article.ArticleContent;
import com.masthead.article.ArticleDiff;
import com.masthead.article.ArticleEditing;
import com.masthead.article.ArticleReading;
import com.masthead.article.ArticleStatus;
import com.masthead.article.ReviewState;
import com.masthead.article.WorkLists;
import com.masthead.backoffice.BackofficePage;
import com.masthead.backoffice.BackofficePages;
import com.masthead.backoffice.FormErrors;
import com.masthead.shared.ForbiddenException;
import com.masthead.shared.InvalidInputException;
import com.masthead.shared.NotFoundException;
import com.masthead.shared.PageRequest;
import com.masthead.shared.VersionConflictException;
import com.masthead.staff.StaffMember;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The article list and the editor. Saving posts the whole form; the button pressed says what follows: save,
 * submit for review, or (for a reviewer) save the edit and approve. A save on a stale version shows the
 * conflict screen with both versions instead of overwriting anything.
 */
@Controller
class ArticleAdminController {

    private final BackofficePages pages;
    private final ArticleReading reading;
    private final ArticleEditing editing;
    private final WorkLists lists;
    private final WorkItemViews views;
    private final EditorChoices choices;
    private final Validator validator;

    ArticleAdminController(
            BackofficePages pages,
            ArticleReading reading,
            ArticleEditing editing,
            WorkLists lists,
            WorkItemViews views,
            EditorChoices choices,
            Validator validator) {
        this.pages = pages;
        this.reading = reading;
        this.editing = editing;
        this.lists = lists;
        this.views = views;
        this.choices = choices;
        this.validator = validator;
    }

    @GetMapping("/admin/articles")
    String list(
            HttpServletRequest request,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String state,
            @RequestParam(required = false) Long channel,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Boolean mine,
            @RequestParam(required = false) Integer p,
            Model model) {
        BackofficePage page = pages.of(request, "newsroom.articles.title");
        var filter = new WorkLists.WorkFilter(
                parse(ArticleStatus.class, status),
                parse(ReviewState.class, state),
                channel,
                Boolean.TRUE.equals(mine) ? page.user().login() : null,
                q == null || q.isBlank() ? null : q.strip());
        var result = lists.list(filter, PageRequest.of(p, 30, 30));
        model.addAttribute("page", page);
        model.addAttribute("items", views.of(result.items(), page.t()));
        model.addAttribute("result", result);
        model.addAttribute("choices", choices.of(page.t()));
        model.addAttribute("filter", new ArticleListFilter(status, state, channel, q, Boolean.TRUE.equals(mine)));
        return "admin/article/list";
    }

    @GetMapping("/admin/articles/new")
    String newArticle(HttpServletRequest request, @RequestParam(required = false) Long channel, Model model) {
        return editor(request, model, null, ArticleForm.empty(channel), FormErrors.none(), HttpStatus.OK, null);
    }

    @PostMapping("/admin/articles")
    String create(
            HttpServletRequest request, HttpServletResponse response, @ModelAttribute ArticleForm form, Model model) {
        StaffMember me = BackofficePages.currentMember();
        try {
            Article created = editing.create(form.toContent(validator), me);
            return "redirect:/admin/articles/" + created.id() + "/edit?saved";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return editor(request, model, null, form, errors(e, request), HttpStatus.UNPROCESSABLE_CONTENT, null);
        } catch (ForbiddenException e) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            BackofficePage page = pages.of(request, "newsroom.editor.new-title");
            return editor(
                    request,
                    model,
                    null,
                    form,
                    FormErrors.none(),
                    HttpStatus.FORBIDDEN,
                    page.t().get(e.messageKey(), e.arguments()));
        }
    }

    @GetMapping("/admin/articles/{id}/edit")
    String edit(HttpServletRequest request, @PathVariable long id, Model model) {
        Article article = load(id);
        return editor(
                request,
                model,
                article,
                ArticleForm.of(article.working(), article.version()),
                FormErrors.none(),
                HttpStatus.OK,
                null);
    }

    @PostMapping("/admin/articles/{id}")
    String save(
            HttpServletRequest request,
            HttpServletResponse response,
            @PathVariable long id,
            @ModelAttribute ArticleForm form,
            @RequestParam(defaultValue = "save") String action,
            @RequestHeader(name = "X-Autosave", required = false) String autosave,
            Model model) {
        StaffMember me = BackofficePages.currentMember();
        Article current = load(id);
        try {
            ArticleContent content = form.toContent(validator);
            int version = form.versionNumber();
            Article saved;
            if ("approve".equals(action)) {
                saved = editing.approve(id, version, new Approval(content, null, false, null), me);
                return "redirect:/admin/articles/" + id + "?done=approved";
            }
            saved = editing.revise(id, version, content, me);
            if (autosave != null) {
                response.setStatus(HttpStatus.NO_CONTENT.value());
                response.setHeader("X-Version", String.valueOf(saved.version()));
                return null;
            }
            if ("submit".equals(action)) {
                editing.submit(id, saved.version(), me);
                return "redirect:/admin/articles/" + id + "?done=submitted";
            }
            return "redirect:/admin/articles/" + id + "/edit?saved";
        } catch (VersionConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            if (autosave != null) {
                return null;
            }
            return conflict(request, model, current, form);
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            if (autosave != null) {
                return null;
            }
            return editor(request, model, current, form, errors(e, request), HttpStatus.UNPROCESSABLE_CONTENT, null);
        } catch (ForbiddenException e) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            if (autosave != null) {
                return null;
            }
            BackofficePage page = pages.of(request, "newsroom.editor.edit-title");
            return editor(
                    request,
                    model,
                    current,
                    form,
                    FormErrors.none(),
                    HttpStatus.FORBIDDEN,
                    page.t().get(e.messageKey(), e.arguments()));
        }
    }

    private String conflict(HttpServletRequest request, Model model, Article current, ArticleForm mine) {
        BackofficePage page = pages.of(request, "newsroom.conflict.title");
        ArticleDiff diff;
        try {
            diff = ArticleDiff.between(current.working(), mine.toContent(validator));
        } catch (InvalidInputException e) {
            diff = new ArticleDiff(List.of(), List.of());
        }
        ArticleForm resubmit = withVersion(mine, current.version());
        model.addAttribute("page", page);
        model.addAttribute("article", current);
        model.addAttribute("theirs", ArticleForm.of(current.working(), current.version()));
        model.addAttribute("mine", resubmit);
        model.addAttribute("diff", diff);
        model.addAttribute("choices", choices.of(page.t()));
        return "admin/article/conflict";
    }

    private String editor(
            HttpServletRequest request,
            Model model,
            Article article,
            ArticleForm form,
            FormErrors errors,
            HttpStatus status,
            String alert) {
        BackofficePage page =
                pages.of(request, article == null ? "newsroom.editor.new-title" : "newsroom.editor.edit-title");
        model.addAttribute("page", page);
        model.addAttribute("article", article);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("choices", choices.of(page.t()));
        model.addAttribute("saved", request.getParameter("saved") != null);
        model.addAttribute("alert", alert);
        model.addAttribute(
                "canApprove",
                article != null && article.reviewState().name().startsWith("PASSED")
                        || article != null && article.reviewState() == ReviewState.SUBMITTED);
        return "admin/article/editor";
    }

    private FormErrors errors(InvalidInputException e, HttpServletRequest request) {
        return FormErrors.of(e.problems(), pages.text());
    }

    private Article load(long id) {
        return reading.find(id).orElseThrow(() -> new NotFoundException("article", id));
    }

    private static ArticleForm withVersion(ArticleForm f, int version) {
        return new ArticleForm(
                f.channelId(),
                f.kicker(),
                f.title(),
                f.subtitle(),
                f.summary(),
                f.body(),
                f.sourceName(),
                f.sourceUrl(),
                f.rights(),
                f.originalOutlet(),
                f.originalAuthor(),
                f.originalTitle(),
                f.originalUrl(),
                f.leadImageId(),
                f.leadImageCaption(),
                f.leadImageCredit(),
                f.seriesId(),
                f.seriesPart(),
                f.pageId(),
                f.responsibleEditor(),
                f.bylineRole(),
                f.bylineName(),
                f.bylinePrefix(),
                f.bylineSuffix(),
                f.tags(),
                String.valueOf(version));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
