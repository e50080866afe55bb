package com.masthead.series;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record SeriesDraft(
        @NotBlank @Size(max = 100) String name,

        @NotBlank @Size(max = 60) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*")
        String slug,

        @Size(max = 1000) String description) {}
