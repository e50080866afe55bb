package com.masthead.popularity.web;

import com.masthead.popularity.ViewCounter;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /beacon/view/<id>}, sent by {@code /assets/most-read.js} once an article page has loaded. The page
 * itself stays cacheable; this answer is never cached. Reads only the User-Agent (to skip robots), stores nothing
 * about the visitor, and always answers 204 so it reveals nothing either.
 */
@RestController
class BeaconController {

    private final ViewCounter views;

    BeaconController(ViewCounter views) {
        this.views = views;
    }

    @PostMapping("/beacon/view/{id:\\d{1,15}}")
    ResponseEntity<Void> view(
            @PathVariable long id, @RequestHeader(name = "User-Agent", required = false) String userAgent) {
        views.record(id, userAgent);
        return ResponseEntity.noContent().cacheControl(CacheControl.noStore()).build();
    }
}
