package com.masthead.settings;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A complete replacement of the site settings, as an admin submits it. */
public record SiteSettingsDraft(
        @NotBlank @Size(max = 60) String name,
        @Size(max = 120) String tagline,

        @NotBlank @Size(max = 200) @Pattern(regexp = "https?://[^\\s/]+(:\\d+)?")
        String baseUrl,

        @NotBlank @Size(max = 60) String timeZone,
        @NotBlank @Size(max = 2000) String originalStatement,
        @NotBlank @Size(max = 2000) String reprintStatement,
        @Size(max = 10) List<@NotBlank @Size(max = 200) String> footerLines,
        @Size(max = 500) String logoUrl) {}
