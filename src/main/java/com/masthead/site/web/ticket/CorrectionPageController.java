package com.masthead.site.web.ticket;

import com.masthead.correction.CorrectionDesk;
import com.masthead.correction.CorrectionRequest;
import com.masthead.correction.CorrectionSubmission;
import com.masthead.site.web.Crumb;
import com.masthead.site.web.Paragraphs;
import com.masthead.site.web.Text;
import com.masthead.ticket.ArticleReference;
import com.masthead.ticket.ArticleReferences;
import com.masthead.ticket.SubmissionThrottle;
import com.masthead.ticket.TicketProperties;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The reader's side of correction requests (申请修改): the form at {@code /corrections/new} (linked from every
 * article with {@code ?article=<id>}, and usable on its own), the confirmation with the ticket number, and the
 * look-up by number and e-mail at {@code /corrections/status}. A refused form comes back with every value kept
 * and a message at each offending field (400); success answers 303. Never cached.
 */
@Controller
class CorrectionPageController implements TicketLookup {

    static final TicketPages.Kind KIND = new TicketPages.Kind("corrections", SubmissionThrottle.Action.CORRECTION);

    private final CorrectionDesk desk;
    private final ArticleReferences articles;
    private final TicketPages pages;
    private final TicketProperties properties;

    CorrectionPageController(
            CorrectionDesk desk, ArticleReferences articles, TicketPages pages, TicketProperties properties) {
        this.desk = desk;
        this.articles = articles;
        this.pages = pages;
        this.properties = properties;
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

        CorrectionSubmission submission(byte[] attachment, Locale language) {
            return new CorrectionSubmission(
                    name, organization, phone, email, article, problem, requestedChange, attachment, language);
        }

        Map<String, String> values() {
            return TicketPages.values(
                    "name",
                    name,
                    "organization",
                    organization,
                    "phone",
                    phone,
                    "email",
                    email,
                    "article",
                    article,
                    "problem",
                    problem,
                    "requestedChange",
                    requestedChange);
        }
    }

    @GetMapping("/corrections/new")
    String form(
            @ModelAttribute TicketPages.Opening opening,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Optional<ArticleReference> reference = articles.resolve(opening.article());
        FormState state = pages.opened(
                "article",
                reference,
                opening.error(),
                t -> Map.of("attachment", t.get("ticket.attachment.too-large", maxMegabytes())));
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
        ArticleReference article = articles.resolve(form.article()).orElse(null);
        byte[] bytes = attachment == null || attachment.isEmpty() ? null : attachment.getBytes();
        Locale language = LocaleContextHolder.getLocale();
        TicketPages.Posted posted = new TicketPages.Posted(
                form.values(),
                form.website(),
                () -> desk.submit(form.submission(bytes, language)).number());
        return pages.submit(
                KIND, posted, state -> render(article, state, request, response, model), request, response, model);
    }

    @Override
    public TicketPages.Kind kind() {
        return KIND;
    }

    @Override
    public Optional<TicketStatusPage.Result> find(String number, String email, Text t) {
        return desk.lookUp(number, email).map(r -> result(r, t));
    }

    private TicketStatusPage.Result result(CorrectionRequest r, Text t) {
        String answerHeading = null;
        List<String> answer = List.of();
        switch (r.status()) {
            case DECLINED -> {
                answerHeading = t.get("site.corrections.status.reason");
                answer = Paragraphs.of(r.desk().decisionReason());
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
                pages.submittedOn(r.desk().createdAt()),
                r.status().isOpen() ? r.desk().dueDate().toString() : null,
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
        String token = pages.formFrame("site.corrections.form.title", request, response, model);
        model.addAttribute("page", new CorrectionFormPage(token, state, article, maxMegabytes()));
        return "site/tickets/correction-form";
    }

    private long maxMegabytes() {
        return Math.max(1, properties.attachmentMaxSize().toMegabytes());
    }
}
