package com.masthead.settings.web;

import com.masthead.settings.SiteSettings;
import com.masthead.settings.SiteSettingsDraft;
import com.masthead.settings.SiteSettingsService;
import com.masthead.shared.VersionTags;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/settings")
@Tag(name = "Site settings", description = "Site name, time zone, copyright statements, footer")
class SiteSettingsApiController {

    private final SiteSettingsService settings;

    SiteSettingsApiController(SiteSettingsService settings) {
        this.settings = settings;
    }

    /** The settings with their version as {@code ETag}. */
    @GetMapping
    ResponseEntity<SettingsResponse> get() {
        return withVersion(settings.latest());
    }

    /** Replaces all settings; {@code If-Match} must carry the version from the last read (409 if it moved). */
    @PutMapping
    ResponseEntity<SettingsResponse> update(
            @RequestHeader(name = VersionTags.HEADER_FIELD, required = false) String ifMatch,
            @Valid @RequestBody SiteSettingsDraft draft) {
        return withVersion(settings.update(draft, VersionTags.parse(ifMatch)));
    }

    private static ResponseEntity<SettingsResponse> withVersion(SiteSettings s) {
        return ResponseEntity.ok().eTag(VersionTags.of(s.version())).body(SettingsResponse.of(s));
    }

    record SettingsResponse(
            String name,
            String tagline,
            String baseUrl,
            String timeZone,
            String originalStatement,
            String reprintStatement,
            List<String> footerLines,
            String logoUrl,
            int version) {

        static SettingsResponse of(SiteSettings s) {
            return new SettingsResponse(
                    s.name(),
                    s.tagline(),
                    s.baseUrl(),
                    s.timeZone().getId(),
                    s.originalStatement(),
                    s.reprintStatement(),
                    s.footerLines(),
                    s.logoUrl(),
                    s.version());
        }
    }
}
