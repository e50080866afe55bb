package com.masthead.site.web.ticket;

import com.masthead.reprint.ReprintArticle;
import com.masthead.reprint.ReprintDesk;
import com.masthead.reprint.ReprintMedium;
import com.masthead.reprint.ReprintRequest;
import com.masthead.reprint.ReprintStatus;
import com.masthead.reprint.ReprintSubmission;
import com.masthead.settings.SiteSettingsService;
import com.masthead.shared.InvalidInputException;
import com.masthead.site.web.Crumb;
import com.masthead.site.web.LayoutModels;
import com.masthead.site.web.Paragraphs;
import com.masthead.site.web.SiteFormat;
import com.masthead.site.web.Text;
import com.masthead.ticket.ArticleReference;
import com.masthead.ticket.ArticleReferences;
import com.masthead.ticket.SubmissionThrottle;
import com.masthead.ticket.TicketNumber;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The outlet's side of reprint licences (转载授权): the request form at {@code /reprints/new} (linked from the
 * copyright statement of every original article with {@code ?article=<id>}), the confirmation with the ticket
 * number, and the look-up by number and e-mail at {@code /reprints/status}. A refused form comes back with every
 * value kept and a message at each offending field (400); success answers 303. Never cached.
 */
@Controller
class ReprintPageController {

    private static final Logger log = LoggerFactory.getLogger(ReprintPageController.class);
    static final String KIND = "reprints";

    private final ReprintDesk desk;
    private final ArticleReferences articles;
    private final TicketForms forms;
    private final SiteSettingsService settings;
    private final LayoutModels layouts;

    ReprintPageController(
            ReprintDesk desk,
            ArticleReferences articles,
            TicketForms forms,
            SiteSettingsService settings,
            LayoutModels layouts) {
        this.desk = desk;
        this.articles = articles;
        this.forms = forms;
        this.settings = settings;
        this.layouts = layouts;
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

        Map<String, String> values() {
            Map<String, String> values = new LinkedHashMap<>();
            values.put("outlet", outlet);
            values.put("contactName", contactName);
            values.put("phone", phone);
            values.put("email", email);
            values.put("articles", articles);
            values.put("medium", medium);
            values.put("intendedUse", intendedUse);
            return values;
        }
    }

    @GetMapping("/reprints/new")
    String form(
            @RequestParam(name = "article", required = false) String article,
            @RequestParam(name = "error", required = false) String error,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Text t = layouts.text();
        Optional<ArticleReference> reference = articles.resolve(article).filter(ArticleReference::original);
        Map<String, String> values = new LinkedHashMap<>();
        reference.ifPresent(a -> values.put("articles", settings.current().baseUrl() + a.url()));
        String notice = OversizedFormFilter.TOO_LARGE.equals(error) ? t.get("site.tickets.too-large") : null;
        return render(reference.orElse(null), forms.kept(values, notice), request, response, model);
    }

    @PostMapping("/reprints/new")
    Object submit(
            @ModelAttribute ReprintForm form,
            BindingResult binding,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Text t = layouts.text();
        Optional<String> throttled = forms.throttled(SubmissionThrottle.Action.REPRINT, request, response, t);
        if (throttled.isPresent()) {
            return render(null, forms.kept(form.values(), throttled.get()), request, response, model);
        }
        if (forms.isRobot(form.website())) {
            log.info("dropped a reprint form with the honeypot filled in");
            return submitted(null, request, response, model);
        }
        try {
            ReprintRequest saved = desk.submit(new ReprintSubmission(
                    form.outlet(),
                    form.contactName(),
                    form.phone(),
                    form.email(),
                    form.articles(),
                    form.medium(),
                    form.intendedUse(),
                    LocaleContextHolder.getLocale()));
            return TicketForms.seeOther("/reprints/submitted/" + saved.number());
        } catch (InvalidInputException e) {
            return render(null, forms.refused(form.values(), e, response, t), request, response, model);
        }
    }

    @GetMapping("/reprints/submitted/{number}")
    String submitted(
            @PathVariable String number, HttpServletRequest request, HttpServletResponse response, Model model) {
        forms.prepare(request, response);
        Text t = layouts.text();
        model.addAttribute("layout", layouts.of(request, t.get("site.reprints.submitted.title"), null, null));
        model.addAttribute(
                "page",
                new TicketSubmittedPage(KIND, TicketNumber.normalize(number).orElse(null)));
        return "site/tickets/submitted";
    }

    @GetMapping("/reprints/status")
    String status(HttpServletRequest request, HttpServletResponse response, Model model) {
        return renderStatus(FormState.empty(), null, false, request, response, model);
    }

    @PostMapping("/reprints/status")
    String lookUp(
            @RequestParam(name = "number", required = false) String number,
            @RequestParam(name = "email", required = false) String email,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Text t = layouts.text();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("number", number);
        values.put("email", email);
        Optional<String> throttled = forms.throttled(SubmissionThrottle.Action.LOOKUP, request, response, t);
        if (throttled.isPresent()) {
            return renderStatus(forms.kept(values, throttled.get()), null, false, request, response, model);
        }
        Optional<ReprintRequest> found = desk.lookUp(number, email);
        return renderStatus(
                forms.kept(values, null),
                found.map(r -> result(r, t)).orElse(null),
                found.isEmpty(),
                request,
                response,
                model);
    }

    private TicketStatusPage.Result result(ReprintRequest r, Text t) {
        ZoneId zone = settings.current().timeZone();
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
            answer = Paragraphs.of(r.decisionReason());
        }
        return new TicketStatusPage.Result(
                r.number(),
                t.get("site.reprints.status." + r.status().name()),
                t.get("site.reprints.status." + r.status().name() + ".explained"),
                SiteFormat.date(r.createdAt(), zone),
                r.status().isOpen() ? r.dueDate().toString() : null,
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
        String token = forms.prepare(request, response);
        Text t = layouts.text();
        List<Crumb> media = Arrays.stream(ReprintMedium.values())
                .map(m -> new Crumb(t.get(m.messageKey()), m.name()))
                .toList();
        model.addAttribute("layout", layouts.of(request, t.get("site.reprints.form.title"), null, null));
        model.addAttribute("page", new ReprintFormPage(token, state, article, media));
        return "site/tickets/reprint-form";
    }

    private String renderStatus(
            FormState state,
            TicketStatusPage.Result result,
            boolean notFound,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        String token = forms.prepare(request, response);
        Text t = layouts.text();
        model.addAttribute("layout", layouts.of(request, t.get("site.reprints.status.title"), null, null));
        model.addAttribute("page", new TicketStatusPage(KIND, token, state, result, notFound));
        return "site/tickets/status";
    }
}
