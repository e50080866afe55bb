package com.masthead.correction.web;

import com.masthead.correction.CorrectionDesk;
import com.masthead.correction.CorrectionFilter;
import com.masthead.correction.CorrectionRequest;
import com.masthead.correction.CorrectionStatus;
import com.masthead.shared.NotFoundException;
import com.masthead.shared.PageRequest;
import com.masthead.shared.PageResult;
import com.masthead.ticket.AttachmentDownloads;
import com.masthead.ticket.AttachmentFile;
import com.masthead.ticket.StaffActor;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The desk's queue of correction requests: list, read, assign, reschedule, accept, edit the note, decline. */
@RestController
@RequestMapping("/api/v1/corrections")
@Tag(name = "Corrections", description = "Readers' correction requests (新闻稿件修改申请) and their handling")
class CorrectionApiController {

    private final CorrectionDesk desk;
    private final Clock clock;

    CorrectionApiController(CorrectionDesk desk, Clock clock) {
        this.desk = desk;
        this.clock = clock;
    }

    /** Newest first; {@code overdue=true} keeps open requests past their due date. */
    @GetMapping
    PageResult<CorrectionSummaryResponse> list(
            @RequestParam(required = false) CorrectionStatus status,
            @RequestParam(required = false) String assignee,
            @RequestParam(required = false) Long articleId,
            @RequestParam(required = false) Boolean overdue,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        LocalDate today = desk.today();
        return desk.list(
                        new CorrectionFilter(status, blankToNull(assignee), articleId, overdue),
                        PageRequest.of(page, size, 20))
                .map(r -> CorrectionSummaryResponse.of(r, today, clock.instant()));
    }

    @GetMapping("/{id}")
    CorrectionResponse get(@PathVariable long id) {
        return response(desk.get(id));
    }

    @PostMapping("/{id}/assign")
    CorrectionResponse assign(@PathVariable long id, @RequestBody AssignRequest body, Authentication who) {
        return response(desk.assign(id, body.assignee(), StaffActor.of(who)));
    }

    @PostMapping("/{id}/due-date")
    CorrectionResponse reschedule(@PathVariable long id, @RequestBody DueDateRequest body, Authentication who) {
        return response(desk.reschedule(id, body.dueDate(), StaffActor.of(who)));
    }

    /** {@code note}: the correction note to publish with the corrected version (更正说明), required. */
    @PostMapping("/{id}/accept")
    CorrectionResponse accept(@PathVariable long id, @RequestBody NoteRequest body, Authentication who) {
        return response(desk.accept(id, body.note(), StaffActor.of(who)));
    }

    @PostMapping("/{id}/note")
    CorrectionResponse editNote(@PathVariable long id, @RequestBody NoteRequest body, Authentication who) {
        return response(desk.editNote(id, body.note(), StaffActor.of(who)));
    }

    /** {@code reason}: why, required; it is mailed to the reader. */
    @PostMapping("/{id}/decline")
    CorrectionResponse decline(@PathVariable long id, @RequestBody DeclineRequest body, Authentication who) {
        return response(desk.decline(id, body.reason(), StaffActor.of(who)));
    }

    /** The reader's file, as a download only (never rendered by the browser). */
    @GetMapping("/{id}/attachment")
    ResponseEntity<Resource> attachment(@PathVariable long id) {
        CorrectionRequest request = desk.get(id);
        AttachmentFile file =
                desk.attachment(id).orElseThrow(() -> new NotFoundException("attachment", request.number()));
        return AttachmentDownloads.of(file, request.number());
    }

    private CorrectionResponse response(CorrectionRequest request) {
        return CorrectionResponse.of(request, desk.today(), clock.instant());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    record AssignRequest(String assignee) {}

    record DueDateRequest(LocalDate dueDate) {}

    record NoteRequest(String note) {}

    record DeclineRequest(String reason) {}
}
