package com.masthead.settings.web;

import com.masthead.settings.SiteSettings;
import com.masthead.settings.SiteSettingsDraft;
import com.masthead.settings.SiteSettingsService;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
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

    @GetMapping
    SettingsResponse get() {
        return SettingsResponse.of(settings.current());
    }

    @PutMapping
    SettingsResponse update(@Valid @RequestBody SiteSettingsDraft draft) {
        return SettingsResponse.of(settings.update(draft));
    }

    record SettingsResponse(
            String name,
            String tagline,
            String baseUrl,
            String timeZone,
            String originalStatement,
            String reprintStatement,
            List<String> footerLines,
            String logoUrl) {

        static SettingsResponse of(SiteSettings s) {
            return new SettingsResponse(
                    s.name(),
                    s.tagline(),
                    s.baseUrl(),
                    s.timeZone().getId(),
                    s.originalStatement(),
                    s.reprintStatement(),
                    s.footerLines(),
                    s.logoUrl());
        }
    }
}
