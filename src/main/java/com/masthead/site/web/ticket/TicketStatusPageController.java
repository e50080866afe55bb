package com.masthead.site.web.ticket;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pages every public ticket kind has alike, at {@code /corrections/…} and {@code /reprints/…}: the
 * confirmation with the ticket number after a request form, and the look-up by number and e-mail at {@code
 * /<kind>/status}. Never cached.
 */
@Controller
class TicketStatusPageController {

    private static final String KINDS = "{kind:corrections|reprints}";

    private final List<TicketLookup> lookups;
    private final TicketPages pages;

    TicketStatusPageController(List<TicketLookup> lookups, TicketPages pages) {
        this.lookups = lookups;
        this.pages = pages;
    }

    @GetMapping("/" + KINDS + "/submitted/{number}")
    String submitted(
            @PathVariable String kind,
            @PathVariable String number,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        return pages.submitted(lookup(kind).kind(), number, request, response, model);
    }

    @GetMapping("/" + KINDS + "/status")
    String status(@PathVariable String kind, HttpServletRequest request, HttpServletResponse response, Model model) {
        return pages.status(lookup(kind).kind(), request, response, model);
    }

    @PostMapping("/" + KINDS + "/status")
    String lookUp(
            @PathVariable String kind,
            @RequestParam(name = "number", required = false) String number,
            @RequestParam(name = "email", required = false) String email,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        return pages.lookUp(lookup(kind), number, email, request, response, model);
    }

    private TicketLookup lookup(String kind) {
        return lookups.stream()
                .filter(l -> l.kind().name().equals(kind))
                .findFirst()
                .orElseThrow();
    }
}
