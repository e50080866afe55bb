package com.masthead.edition;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record NewspaperDraft(
        @NotBlank @Size(max = 80) String name,

        @NotBlank @Size(max = 60) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*")
        String slug,

        @Size(max = 500) String description) {}
