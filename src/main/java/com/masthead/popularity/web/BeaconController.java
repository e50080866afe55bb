package com.masthead.popularity.web;

import com.masthead.popularity.ViewCounter;
import com.masthead.system.ClientAddress;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /beacon/view/<id>}, sent by {@code /assets/most-read.js} once an article page has loaded. The page
 * itself stays cacheable; this answer is never cached. Reads the User-Agent (to skip robots) and the client key
 * (address or IPv6 /64, held in memory for the view window only so that one client counts once per article), stores
 * nothing about the visitor, and always answers 204 so it reveals nothing either.
 */
@RestController
class BeaconController {

    private final ViewCounter views;
    private final ClientAddress clients;

    BeaconController(ViewCounter views, ClientAddress clients) {
        this.views = views;
        this.clients = clients;
    }

    @PostMapping("/beacon/view/{id:\\d{1,15}}")
    ResponseEntity<Void> view(
            @PathVariable long id,
            @RequestHeader(name = "User-Agent", required = false) String userAgent,
            HttpServletRequest request) {
        views.record(id, userAgent, clients.keyOf(request));
        return ResponseEntity.noContent().cacheControl(CacheControl.noStore()).build();
    }
}
