package com.masthead.correction;

import com.masthead.shared.NotFoundException;
import com.masthead.shared.PageRequest;
import com.masthead.shared.PageResult;
import com.masthead.ticket.ArticleReference;
import com.masthead.ticket.ArticleReferences;
import com.masthead.ticket.AttachmentFile;
import com.masthead.ticket.AttachmentStore;
import com.masthead.ticket.Contact;
import com.masthead.ticket.StoredAttachment;
import com.masthead.ticket.TicketBookkeeping;
import com.masthead.ticket.TicketDesk;
import com.masthead.ticket.TicketInput;
import com.masthead.ticket.TicketProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receives correction requests from readers and carries the desk's decisions. Every changing method is one
 * transaction: the ticket, its number, its attachment file and its mail are saved together or not at all. Events
 * are published inside the transaction (the audit log records them there; other listeners run after commit).
 */
@Service
public class CorrectionDesk implements TicketDesk<CorrectionRequest> {

    static final String PREFIX = "JC";

    private final CorrectionRequestRepository requests;
    private final ArticleReferences articles;
    private final AttachmentStore attachments;
    private final CorrectionMails mails;
    private final TicketProperties properties;
    private final TicketBookkeeping books;

    CorrectionDesk(
            CorrectionRequestRepository requests,
            ArticleReferences articles,
            AttachmentStore attachments,
            CorrectionMails mails,
            TicketProperties properties,
            TicketBookkeeping books) {
        this.requests = requests;
        this.articles = articles;
        this.attachments = attachments;
        this.mails = mails;
        this.properties = properties;
        this.books = books;
    }

    /**
     * Checks, cleans and saves a reader's request with a new ticket number, stores its attachment, and queues the
     * acknowledgement to the reader and the notification to the desk. Publishes {@link CorrectionRequested}.
     *
     * @throws com.masthead.shared.InvalidInputException naming every offending field; nothing is saved
     */
    @Transactional
    public CorrectionRequest submit(CorrectionSubmission form) {
        TicketInput input = new TicketInput();
        Contact requester = new Contact(
                input.line("name", form.name(), Contact.NAME_MAX),
                input.line("organization", form.organization(), Contact.ORGANIZATION_MAX),
                input.phone("phone", form.phone()),
                input.email("email", form.email()));
        ArticleReference article = null;
        if (form.article() == null || form.article().isBlank()) {
            input.problem("article", "ticket.field.required");
        } else {
            article = articles.resolve(form.article()).orElse(null);
            if (article == null) {
                input.problem("article", "ticket.article.unknown");
            }
        }
        String problem = input.text("problem", form.problem(), CorrectionSubmission.PROBLEM_MAX);
        String change =
                input.text("requestedChange", form.requestedChange(), CorrectionSubmission.REQUESTED_CHANGE_MAX);
        if (form.hasAttachment()) {
            attachments.check("attachment", form.attachment(), input);
        }
        input.throwIfInvalid();

        StoredAttachment attachment = form.hasAttachment() ? attachments.store("attachment", form.attachment()) : null;
        Instant now = books.now();
        LocalDate today = today();
        long id = requests.insert(new CorrectionRequestRepository.NewRequest(
                books.nextNumber(PREFIX),
                article.id(),
                article.title(),
                requester,
                problem,
                change,
                attachment,
                TicketBookkeeping.languageOf(form.language()),
                today.plusDays(properties.correctionDueDays()),
                now));
        CorrectionRequest saved = load(id);
        mails.received(saved);
        books.publish(new CorrectionRequested(id, saved.number(), saved.articleId()));
        return saved;
    }

    /**
     * The request with this number, if {@code email} is the address it was sent from (compared ignoring case):
     * how a reader looks up their ticket without an account. Empty for a wrong number or address alike.
     */
    public Optional<CorrectionRequest> lookUp(String number, String email) {
        return books.lookUp(number, email, requests::findByNumber, CorrectionRequest::requester);
    }

    /** @throws NotFoundException when there is no such request */
    public CorrectionRequest get(long id) {
        return load(id);
    }

    public PageResult<CorrectionRequest> list(CorrectionFilter filter, PageRequest page) {
        return requests.list(filter, today().toString(), page);
    }

    /** The reader's attachment of a request, if it has one and the file is there. */
    public Optional<AttachmentFile> attachment(long id) {
        StoredAttachment stored = load(id).attachment();
        return stored == null ? Optional.empty() : attachments.open(stored.storedName());
    }

    /** Today in the site time zone: the day due dates and overdue marks are reckoned in. */
    @Override
    public LocalDate today() {
        return books.today();
    }

    @Transactional
    @Override
    public CorrectionRequest assign(long id, String assignee, String actor) {
        return change(id, r -> r.assign(assignee, actor, books.now()));
    }

    @Transactional
    @Override
    public CorrectionRequest reschedule(long id, LocalDate dueDate, String actor) {
        return change(id, r -> r.reschedule(dueDate, actor, books.now()));
    }

    /** Accepts with the correction note to publish; publishes {@link CorrectionAccepted}. */
    @Transactional
    public CorrectionRequest accept(long id, String note, String actor) {
        return change(id, r -> r.accept(note, actor, books.now()));
    }

    @Transactional
    public CorrectionRequest editNote(long id, String note, String actor) {
        return change(id, r -> r.editNote(note, actor, books.now()));
    }

    /** Declines with a reason and queues the mail that tells the reader. */
    @Transactional
    @Override
    public CorrectionRequest decline(long id, String reason, String actor) {
        CorrectionRequest declined = change(id, r -> r.decline(reason, actor, books.now()));
        mails.declined(declined);
        return declined;
    }

    private CorrectionRequest change(long id, Consumer<CorrectionRequest> transition) {
        CorrectionRequest request = load(id);
        transition.accept(request);
        save(request);
        return load(id);
    }

    private void save(CorrectionRequest request) {
        books.saved(requests.update(request), "correction", request.id(), request.desk(), request.takeEvents());
    }

    private CorrectionRequest load(long id) {
        return requests.find(id).orElseThrow(() -> new NotFoundException("correction", id));
    }
}
