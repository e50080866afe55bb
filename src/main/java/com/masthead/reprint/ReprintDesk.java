package com.masthead.reprint;

import com.masthead.shared.DisplayText;
import com.masthead.shared.NotFoundException;
import com.masthead.shared.PageRequest;
import com.masthead.shared.PageResult;
import com.masthead.ticket.ArticleReference;
import com.masthead.ticket.ArticleReferences;
import com.masthead.ticket.Contact;
import com.masthead.ticket.TicketBookkeeping;
import com.masthead.ticket.TicketDesk;
import com.masthead.ticket.TicketInput;
import com.masthead.ticket.TicketProperties;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receives reprint-licence requests from outlets and carries the desk's decisions. Every changing method is one
 * transaction: the ticket, its number and its mail are saved together or not at all. Events are published inside
 * the transaction (the audit log records them there; other listeners run after commit).
 */
@Service
public class ReprintDesk implements TicketDesk<ReprintRequest> {

    static final String PREFIX = "ZZ";
    private static final Pattern LIST_SEPARATORS = Pattern.compile("[\\s,;，、；]+");
    private static final int SHOWN_ENTRY = 60;

    private final ReprintRequestRepository requests;
    private final ArticleReferences articles;
    private final ReprintMails mails;
    private final TicketProperties properties;
    private final TicketBookkeeping books;

    ReprintDesk(
            ReprintRequestRepository requests,
            ArticleReferences articles,
            ReprintMails mails,
            TicketProperties properties,
            TicketBookkeeping books) {
        this.requests = requests;
        this.articles = articles;
        this.mails = mails;
        this.properties = properties;
        this.books = books;
    }

    /**
     * Checks, cleans and saves an outlet's request with a new ticket number and queues the acknowledgement to the
     * outlet and the notification to the desk. Only our own (original) published articles can be licensed.
     * Publishes {@link ReprintRequested}.
     *
     * @throws com.masthead.shared.InvalidInputException naming every offending field; nothing is saved
     */
    @Transactional
    public ReprintRequest submit(ReprintSubmission form) {
        TicketInput input = new TicketInput();
        Contact contact = new Contact(
                input.line("contactName", form.contactName(), Contact.NAME_MAX),
                input.line("outlet", form.outlet(), Contact.ORGANIZATION_MAX),
                input.phone("phone", form.phone()),
                input.email("email", form.email()));
        List<ReprintArticle> wanted = articles(form.articles(), input);
        ReprintMedium medium = ReprintMedium.parse(form.medium()).orElse(null);
        if (medium == null) {
            input.problem("medium", "reprint.medium.required");
        }
        String use = input.text("intendedUse", form.intendedUse(), ReprintSubmission.INTENDED_USE_MAX);
        input.throwIfInvalid();

        LocalDate today = today();
        long id = requests.insert(new ReprintRequestRepository.NewRequest(
                books.nextNumber(PREFIX),
                contact,
                medium,
                use,
                wanted,
                TicketBookkeeping.languageOf(form.language()),
                today.plusDays(properties.reprintDueDays()),
                books.now()));
        ReprintRequest saved = load(id);
        mails.received(saved);
        books.publish(new ReprintRequested(id, saved.number(), saved.articleIds()));
        return saved;
    }

    /**
     * The request with this number, if {@code email} is the address it was sent from (ignoring case). Empty for a
     * wrong number or address alike.
     */
    public Optional<ReprintRequest> lookUp(String number, String email) {
        return books.lookUp(number, email, requests::findByNumber, ReprintRequest::contact);
    }

    /** @throws NotFoundException when there is no such request */
    public ReprintRequest get(long id) {
        return load(id);
    }

    public PageResult<ReprintRequest> list(ReprintFilter filter, PageRequest page) {
        return requests.list(filter, today().toString(), page);
    }

    /** Today in the site time zone: the day due dates, validity and overdue marks are reckoned in. */
    @Override
    public LocalDate today() {
        return books.today();
    }

    @Transactional
    @Override
    public ReprintRequest assign(long id, String assignee, String actor) {
        return change(id, r -> r.assign(assignee, actor, books.now()));
    }

    @Transactional
    @Override
    public ReprintRequest reschedule(long id, LocalDate dueDate, String actor) {
        return change(id, r -> r.reschedule(dueDate, actor, books.now()));
    }

    /** Grants the licence and queues the mail with its terms to the outlet; publishes {@link ReprintGranted}. */
    @Transactional
    public ReprintRequest grant(long id, ReprintGrant grant, String actor) {
        ReprintRequest granted = change(
                id, r -> r.grant(grant.terms(), grant.validFrom(), grant.validUntil(), today(), actor, books.now()));
        mails.granted(granted);
        return granted;
    }

    /** Declines with a reason and queues the mail that tells the outlet. */
    @Transactional
    @Override
    public ReprintRequest decline(long id, String reason, String actor) {
        ReprintRequest declined = change(id, r -> r.decline(reason, actor, books.now()));
        mails.declined(declined);
        return declined;
    }

    private List<ReprintArticle> articles(String typed, TicketInput input) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            input.problem("articles", "ticket.field.required");
            return List.of();
        }
        if (text.length() > ReprintSubmission.MAX_ARTICLES * 200) {
            input.problem("articles", "reprint.articles.too-many", String.valueOf(ReprintSubmission.MAX_ARTICLES));
            return List.of();
        }
        Set<String> entries = new LinkedHashSet<>(List.of(LIST_SEPARATORS.split(text)));
        entries.remove("");
        if (entries.isEmpty()) {
            // only separators ("，、;"): as good as empty
            input.problem("articles", "ticket.field.required");
            return List.of();
        }
        if (entries.size() > ReprintSubmission.MAX_ARTICLES) {
            input.problem("articles", "reprint.articles.too-many", String.valueOf(ReprintSubmission.MAX_ARTICLES));
            return List.of();
        }
        List<ReprintArticle> found = new ArrayList<>();
        for (String entry : entries) {
            Optional<ArticleReference> article = articles.resolve(entry);
            if (article.isEmpty()) {
                input.problem("articles", "ticket.article.unknown-entry", shown(entry));
                return List.of();
            }
            if (!article.get().original()) {
                input.problem(
                        "articles",
                        "reprint.article.not-original",
                        shown(article.get().title()));
                return List.of();
            }
            if (found.stream().noneMatch(a -> a.articleId() == article.get().id())) {
                found.add(new ReprintArticle(article.get().id(), article.get().title()));
            }
        }
        return found;
    }

    private static String shown(String text) {
        return DisplayText.cut(TicketInput.cleanLine(text), SHOWN_ENTRY);
    }

    private ReprintRequest change(long id, Consumer<ReprintRequest> transition) {
        ReprintRequest request = load(id);
        transition.accept(request);
        books.saved(requests.update(request), "reprint", request.id(), request.desk(), request.takeEvents());
        return load(id);
    }

    private ReprintRequest load(long id) {
        return requests.find(id).orElseThrow(() -> new NotFoundException("reprint", id));
    }
}
