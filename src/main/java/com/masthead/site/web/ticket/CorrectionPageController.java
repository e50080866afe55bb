package com.masthead.site.web.ticket;

import com.masthead.correction.CorrectionDesk;
import com.masthead.correction.CorrectionRequest;
import com.masthead.correction.CorrectionSubmission;
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
import com.masthead.ticket.TicketProperties;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneId;
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
import org.springframework.web.multipart.MultipartFile;

/**
 * The reader's side of correction requests (申请修改): the form at {@code /corrections/new} (linked from every
 * article with {@code ?article=<id>}, and usable on its own), the confirmation with the ticket number, and the
 * look-up by number and e-mail at {@code /corrections/status}. A refused form comes back with every value kept
 * and a message at each offending field (400); success answers 303. Never cached.
 */
@Controller
class CorrectionPageController {

    private static final Logger log = LoggerFactory.getLogger(CorrectionPageController.class);
    static final String KIND = "corrections";

    private final CorrectionDesk desk;
    private final ArticleReferences articles;
    private final TicketForms forms;
    private final TicketProperties properties;
    private final SiteSettingsService settings;
    private final LayoutModels layouts;

    CorrectionPageController(
            CorrectionDesk desk,
            ArticleReferences articles,
            TicketForms forms,
            TicketProperties properties,
            SiteSettingsService settings,
            LayoutModels layouts) {
        this.desk = desk;
        this.articles = articles;
        this.forms = forms;
        this.properties = properties;
        this.settings = settings;
        this.layouts = layouts;
    }

    /** Everything the form posts; the attachment comes apart as a multipart file. */
    record CorrectionForm(
            String name,
            String organization,
            String phone,
            String email,
            String article,
            String problem,
            String requestedChange,
            String website) {

        Map<String, String> values() {
            Map<String, String> values = new LinkedHashMap<>();
            values.put("name", name);
            values.put("organization", organization);
            values.put("phone", phone);
            values.put("email", email);
            values.put("article", article);
            values.put("problem", problem);
            values.put("requestedChange", requestedChange);
            return values;
        }
    }

    @GetMapping("/corrections/new")
    String form(
            @RequestParam(name = "article", required = false) String article,
            @RequestParam(name = "error", required = false) String error,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Text t = layouts.text();
        Optional<ArticleReference> reference = articles.resolve(article);
        Map<String, String> values = new LinkedHashMap<>();
        reference.ifPresent(a -> values.put("article", settings.current().baseUrl() + a.url()));
        FormState state = OversizedFormFilter.TOO_LARGE.equals(error)
                ? new FormState(
                        values,
                        Map.of("attachment", t.get("ticket.attachment.too-large", maxMegabytes())),
                        t.get("site.tickets.too-large"))
                : forms.kept(values, null);
        return render(reference.orElse(null), state, request, response, model);
    }

    @PostMapping("/corrections/new")
    Object submit(
            @ModelAttribute CorrectionForm form,
            BindingResult binding,
            @RequestParam(name = "attachment", required = false) MultipartFile attachment,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model)
            throws IOException {
        Text t = layouts.text();
        ArticleReference article = articles.resolve(form.article()).orElse(null);
        Optional<String> throttled = forms.throttled(SubmissionThrottle.Action.CORRECTION, request, response, t);
        if (throttled.isPresent()) {
            return render(article, forms.kept(form.values(), throttled.get()), request, response, model);
        }
        if (forms.isRobot(form.website())) {
            log.info("dropped a correction form with the honeypot filled in");
            return submitted(null, request, response, model);
        }
        byte[] bytes = attachment == null || attachment.isEmpty() ? null : attachment.getBytes();
        try {
            CorrectionRequest saved = desk.submit(new CorrectionSubmission(
                    form.name(),
                    form.organization(),
                    form.phone(),
                    form.email(),
                    form.article(),
                    form.problem(),
                    form.requestedChange(),
                    bytes,
                    LocaleContextHolder.getLocale()));
            return TicketForms.seeOther("/corrections/submitted/" + saved.number());
        } catch (InvalidInputException e) {
            return render(article, forms.refused(form.values(), e, response, t), request, response, model);
        }
    }

    @GetMapping("/corrections/submitted/{number}")
    String submitted(
            @PathVariable String number, HttpServletRequest request, HttpServletResponse response, Model model) {
        forms.prepare(request, response);
        Text t = layouts.text();
        model.addAttribute("layout", layouts.of(request, t.get("site.corrections.submitted.title"), null, null));
        model.addAttribute(
                "page",
                new TicketSubmittedPage(KIND, TicketNumber.normalize(number).orElse(null)));
        return "site/tickets/submitted";
    }

    @GetMapping("/corrections/status")
    String status(HttpServletRequest request, HttpServletResponse response, Model model) {
        return renderStatus(FormState.empty(), null, false, request, response, model);
    }

    @PostMapping("/corrections/status")
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
        Optional<CorrectionRequest> found = desk.lookUp(number, email);
        return renderStatus(
                forms.kept(values, null),
                found.map(r -> result(r, t)).orElse(null),
                found.isEmpty(),
                request,
                response,
                model);
    }

    private TicketStatusPage.Result result(CorrectionRequest r, Text t) {
        ZoneId zone = settings.current().timeZone();
        String answerHeading = null;
        List<String> answer = List.of();
        switch (r.status()) {
            case DECLINED -> {
                answerHeading = t.get("site.corrections.status.reason");
                answer = Paragraphs.of(r.decisionReason());
            }
            case PUBLISHED -> {
                answerHeading = t.get("site.corrections.status.note");
                answer = Paragraphs.of(r.note());
            }
            default -> {}
        }
        String url =
                articles.published(r.articleId()).map(ArticleReference::url).orElse(null);
        return new TicketStatusPage.Result(
                r.number(),
                t.get("site.corrections.status." + r.status().name()),
                t.get("site.corrections.status." + r.status().name() + ".explained"),
                SiteFormat.date(r.createdAt(), zone),
                r.status().isOpen() ? r.dueDate().toString() : null,
                List.of(new Crumb(r.articleTitle(), url == null ? null : url + "#corrections")),
                answerHeading,
                answer,
                null);
    }

    private String render(
            ArticleReference article,
            FormState state,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        String token = forms.prepare(request, response);
        Text t = layouts.text();
        model.addAttribute("layout", layouts.of(request, t.get("site.corrections.form.title"), null, null));
        model.addAttribute("page", new CorrectionFormPage(token, state, article, maxMegabytes()));
        return "site/tickets/correction-form";
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
        model.addAttribute("layout", layouts.of(request, t.get("site.corrections.status.title"), null, null));
        model.addAttribute("page", new TicketStatusPage(KIND, token, state, result, notFound));
        return "site/tickets/status";
    }

    private long maxMegabytes() {
        return Math.max(1, properties.attachmentMaxSize().toMegabytes());
    }
}
