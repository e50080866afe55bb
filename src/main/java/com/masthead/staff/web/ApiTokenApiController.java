package com.masthead.staff.web;

import com.masthead.shared.PageResult;
import com.masthead.staff.Actors;
import com.masthead.staff.ApiToken;
import com.masthead.staff.ApiTokens;
import com.masthead.staff.IssuedApiToken;
import com.masthead.staff.NewApiToken;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** API tokens for administrators: list (never a secret), issue (the secret once, in the answer), revoke. */
@RestController
@RequestMapping(ApiTokenApiController.PATH)
@Tag(name = "API tokens", description = "Issue, list and revoke API tokens (ADMIN)")
class ApiTokenApiController {

    static final String PATH = "/api/v1/tokens";

    private final ApiTokens tokens;

    ApiTokenApiController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    /** Every token, newest first, revoked and expired ones included. */
    @GetMapping
    PageResult<ApiToken> list() {
        List<ApiToken> all = tokens.all();
        return new PageResult<>(all, 1, Math.max(1, all.size()), all.size());
    }

    @GetMapping("/{id}")
    ApiToken get(@PathVariable long id) {
        return tokens.find(id);
    }

    /** Issues a token; the answer is the only place its secret ever appears. */
    @PostMapping
    ResponseEntity<IssuedApiToken> issue(@RequestBody NewApiToken request) {
        IssuedApiToken issued = tokens.issue(request, Actors.current());
        return ResponseEntity.created(URI.create(PATH + "/" + issued.id())).body(issued);
    }

    /** Revokes a token from the next request on; revoking a revoked token answers it unchanged. */
    @PostMapping("/{id}/revoke")
    ApiToken revoke(@PathVariable long id) {
        return tokens.revoke(id, Actors.current());
    }
}
