package com.masthead.audit.web;

import com.masthead.audit.AuditChainVerifier;
import com.masthead.audit.AuditEntry;
import com.masthead.audit.AuditFilter;
import com.masthead.audit.AuditLog;
import com.masthead.audit.ChainHead;
import com.masthead.audit.ChainVerification;
import com.masthead.backoffice.BackofficePage;
import com.masthead.backoffice.BackofficePages;
import com.masthead.backoffice.FormErrors;
import com.masthead.backoffice.FormInput;
import com.masthead.settings.SiteSettingsService;
import com.masthead.shared.FieldProblem;
import com.masthead.shared.InvalidInputException;
import com.masthead.shared.PageRequest;
import com.masthead.shared.PageResult;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit trail in the staff UI (ADMIN only, see {@link AuditAccessRules}): a filtered, paged list and a
 * verification of the whole chain. Read only: the pages have no form that changes anything.
 */
@Controller
class AuditAdminController {

    static final String PATH = "/admin/audit";
    private static final int PAGE_SIZE = 50;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final BackofficePages pages;
    private final AuditLog audit;
    private final AuditChainVerifier verifier;
    private final SiteSettingsService settings;

    AuditAdminController(
            BackofficePages pages, AuditLog audit, AuditChainVerifier verifier, SiteSettingsService settings) {
        this.pages = pages;
        this.audit = audit;
        this.verifier = verifier;
        this.settings = settings;
    }

    @GetMapping(PATH)
    String list(
            HttpServletRequest request,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String subject,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String address,
            @RequestParam(required = false) Integer page,
            Model model) {
        BackofficePage frame = pages.of(request, "audit.title");
        AuditFilterForm form = new AuditFilterForm(actor, action, subject, from, to, address);
        ZoneId zone = settings.current().timeZone();
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate fromDate = FormInput.date("from", from, "audit.filter.date", problems);
        LocalDate toDate = FormInput.date("to", to, "audit.filter.date", problems);
        PageResult<AuditEntry> entries = new PageResult<>(List.of(), 1, PAGE_SIZE, 0);
        if (problems.isEmpty()) {
            try {
                AuditFilter filter = new AuditFilter(
                        actor,
                        action,
                        subject,
                        fromDate == null ? null : fromDate.atStartOfDay(zone).toInstant(),
                        toDate == null
                                ? null
                                : toDate.plusDays(1).atStartOfDay(zone).toInstant(),
                        address);
                entries = audit.search(filter, PageRequest.of(page, PAGE_SIZE, PAGE_SIZE));
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        model.addAttribute("page", frame);
        model.addAttribute("errors", FormErrors.of(problems, frame.t()));
        model.addAttribute("view", view(form, entries, zone));
        return "admin/audit/entries";
    }

    /** Verifying only reads, so it is a GET; it walks the whole chain, which takes a moment on a long one. */
    @GetMapping(PATH + "/verify")
    String verify(HttpServletRequest request, Model model) {
        ChainVerification result = verifier.verify();
        ChainHead head = audit.head();
        ZoneId zone = settings.current().timeZone();
        model.addAttribute("page", pages.of(request, "audit.verify.title"));
        model.addAttribute(
                "view",
                new AuditVerificationView(
                        result.ok(),
                        result.checked(),
                        result.brokenSeq(),
                        result.ok() ? null : "audit.problem." + result.problem().name(),
                        head.seq(),
                        head.hash(),
                        time(head.occurredAt(), zone)));
        return "admin/audit/verification";
    }

    private static AuditListView view(AuditFilterForm form, PageResult<AuditEntry> entries, ZoneId zone) {
        List<AuditListView.Row> rows = entries.items().stream()
                .map(e -> new AuditListView.Row(
                        e.seq(),
                        time(e.occurredAt(), zone),
                        e.actor(),
                        e.action(),
                        e.subject(),
                        e.detail(),
                        e.address(),
                        e.hash().substring(0, 12),
                        e.hash()))
                .toList();
        return new AuditListView(
                form,
                rows,
                entries.total(),
                entries.page(),
                entries.totalPages(),
                entries.hasPrevious() ? form.url(entries.page() - 1) : null,
                entries.hasNext() ? form.url(entries.page() + 1) : null);
    }

    private static String time(Instant instant, ZoneId zone) {
        return instant == null ? null : TIME.format(instant.atZone(zone));
    }
}
