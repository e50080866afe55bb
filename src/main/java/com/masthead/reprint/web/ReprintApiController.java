package com.masthead.reprint.web;

import com.masthead.reprint.ReprintDesk;
import com.masthead.reprint.ReprintFilter;
import com.masthead.reprint.ReprintGrant;
import com.masthead.reprint.ReprintLicences;
import com.masthead.reprint.ReprintRequest;
import com.masthead.reprint.ReprintStatus;
import com.masthead.shared.PageRequest;
import com.masthead.shared.PageResult;
import com.masthead.ticket.StaffActor;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The desk's queue of reprint-licence requests, and the licences granted per article. */
@RestController
@RequestMapping("/api/v1/reprints")
@Tag(name = "Reprints", description = "Outlets' reprint-licence requests (转载授权) and their handling")
class ReprintApiController {

    private final ReprintDesk desk;
    private final ReprintLicences licences;
    private final Clock clock;

    ReprintApiController(ReprintDesk desk, ReprintLicences licences, Clock clock) {
        this.desk = desk;
        this.licences = licences;
        this.clock = clock;
    }

    /** Newest first; {@code articleId} keeps requests for that article, {@code overdue=true} late open ones. */
    @GetMapping
    PageResult<ReprintResponse> list(
            @RequestParam(required = false) ReprintStatus status,
            @RequestParam(required = false) String assignee,
            @RequestParam(required = false) Long articleId,
            @RequestParam(required = false) Boolean overdue,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        LocalDate today = desk.today();
        String who = assignee == null || assignee.isBlank() ? null : assignee.strip();
        return desk.list(new ReprintFilter(status, who, articleId, overdue), PageRequest.of(page, size, 20))
                .map(r -> ReprintResponse.of(r, today, clock.instant()));
    }

    /** Granted licences covering one article, newest first, with whether each is in force today. */
    @GetMapping("/licences")
    List<ReprintResponse> licences(@RequestParam long articleId) {
        LocalDate today = desk.today();
        return licences.grantedFor(articleId).stream()
                .map(r -> ReprintResponse.of(r, today, clock.instant()))
                .toList();
    }

    @GetMapping("/{id}")
    ReprintResponse get(@PathVariable long id) {
        return response(desk.get(id));
    }

    @PostMapping("/{id}/assign")
    ReprintResponse assign(@PathVariable long id, @RequestBody AssignRequest body, Authentication who) {
        return response(desk.assign(id, body.assignee(), StaffActor.of(who)));
    }

    @PostMapping("/{id}/due-date")
    ReprintResponse reschedule(@PathVariable long id, @RequestBody DueDateRequest body, Authentication who) {
        return response(desk.reschedule(id, body.dueDate(), StaffActor.of(who)));
    }

    /** {@code terms}, {@code validFrom}, {@code validUntil} (ISO dates, inclusive), all required. */
    @PostMapping("/{id}/grant")
    ReprintResponse grant(@PathVariable long id, @RequestBody ReprintGrant body, Authentication who) {
        return response(desk.grant(id, body, StaffActor.of(who)));
    }

    /** {@code reason}: why, required; it is mailed to the outlet. */
    @PostMapping("/{id}/decline")
    ReprintResponse decline(@PathVariable long id, @RequestBody DeclineRequest body, Authentication who) {
        return response(desk.decline(id, body.reason(), StaffActor.of(who)));
    }

    private ReprintResponse response(ReprintRequest request) {
        return ReprintResponse.of(request, desk.today(), clock.instant());
    }

    record AssignRequest(String assignee) {}

    record DueDateRequest(LocalDate dueDate) {}

    record DeclineRequest(String reason) {}
}
