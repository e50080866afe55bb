package com.masthead.site.web.ticket;

import com.masthead.reprint.ReprintArticle;
import com.masthead.reprint.ReprintDesk;
import com.masthead.reprint.ReprintMedium;
import com.masthead.reprint.ReprintRequest;
import com.masthead.reprint.ReprintStatus;
import com.masthead.reprint.ReprintSubmission;
import com.masthead.site.web.Crumb;
import com.masthead.site.web.Paragraphs;
import com.masthead.site.web.Text;
import com.masthead.ticket.ArticleReference;
import com.masthead.ticket.ArticleReferences;
import com.masthead.ticket.SubmissionThrottle;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The outlet's side of reprint licences (转载授权): the request form at {@code /reprints/new} (linked from the
 * copyright statement of every original article with {@code ?article=<id>}), the confirmation with the ticket
 * number, and the look-up by number and e-mail at {@code /reprints/status}. A refused form comes back with every
 * value kept and a message at each offending field (400); success answers 303. Never cached.
 */
@Controller
class ReprintPageController implements TicketLookup {

    static final TicketPages.Kind KIND = new TicketPages.Kind("reprints", SubmissionThrottle.Action.REPRINT);

    private final ReprintDesk desk;
    private final ArticleReferences articles;
    private final TicketPages pages;

    ReprintPageController(ReprintDesk desk, ArticleReferences articles, TicketPages pages) {
        this.desk = desk;
        this.articles = articles;
        this.pages = pages;
    }

    /** Everything the form posts. */
    record ReprintForm(
            String outlet,
            String contactName,
            String phone,
            String email,
            String articles,
            String medium,
            String intendedUse,
            String website) {

        ReprintSubmission submission(Locale language) {
            return new ReprintSubmission(outlet, contactName, phone, email, articles, medium, intendedUse, language);
        }

        Map<String, String> values() {
            return TicketPages.values(
                    "outlet",
                    outlet,
                    "contactName",
                    contactName,
                    "phone",
                    phone,
                    "email",
                    email,
                    "articles",
                    articles,
                    "medium",
                    medium,
                    "intendedUse",
                    intendedUse);
        }
    }

    @GetMapping("/reprints/new")
    String form(
            @ModelAttribute TicketPages.Opening opening,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Optional<ArticleReference> reference =
                articles.resolve(opening.article()).filter(ArticleReference::original);
        FormState state = pages.opened("articles", reference, opening.error(), t -> Map.of());
        return render(reference.orElse(null), state, request, response, model);
    }

    @PostMapping("/reprints/new")
    Object submit(
            @ModelAttribute ReprintForm form,
            BindingResult binding,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Locale language = LocaleContextHolder.getLocale();
        TicketPages.Posted posted = new TicketPages.Posted(
                form.values(),
                form.website(),
                () -> desk.submit(form.submission(language)).number());
        return pages.submit(
                KIND, posted, state -> render(null, state, request, response, model), request, response, model);
    }

    @Override
    public TicketPages.Kind kind() {
        return KIND;
    }

    @Override
    public Optional<TicketStatusPage.Result> find(String number, String email, Text t) {
        return desk.lookUp(number, email).map(r -> result(r, t));
    }

    private TicketStatusPage.Result result(ReprintRequest r, Text t) {
        String heading = null;
        List<String> answer = List.of();
        String validity = null;
        if (r.status() == ReprintStatus.GRANTED) {
            heading = t.get("site.reprints.status.terms");
            answer = Paragraphs.of(r.terms());
            validity = t.get(
                    "site.reprints.status.validity",
                    r.validFrom().toString(),
                    r.validUntil().toString());
        } else if (r.status() == ReprintStatus.DECLINED) {
            heading = t.get("site.reprints.status.reason");
            answer = Paragraphs.of(r.desk().decisionReason());
        }
        return new TicketStatusPage.Result(
                r.number(),
                t.get("site.reprints.status." + r.status().name()),
                t.get("site.reprints.status." + r.status().name() + ".explained"),
                pages.submittedOn(r.desk().createdAt()),
                r.status().isOpen() ? r.desk().dueDate().toString() : null,
                r.articles().stream().map(a -> crumb(a)).toList(),
                heading,
                answer,
                validity);
    }

    private Crumb crumb(ReprintArticle article) {
        return new Crumb(
                article.title(),
                articles.published(article.articleId())
                        .map(ArticleReference::url)
                        .orElse(null));
    }

    private String render(
            ArticleReference article,
            FormState state,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Text t = pages.text();
        List<Crumb> media = Arrays.stream(ReprintMedium.values())
                .map(m -> new Crumb(t.get(m.messageKey()), m.name()))
                .toList();
        String token = pages.formFrame("site.reprints.form.title", request, response, model);
        model.addAttribute("page", new ReprintFormPage(token, state, article, media));
        return "site/tickets/reprint-form";
    }
}
