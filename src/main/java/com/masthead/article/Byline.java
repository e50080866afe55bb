package com.masthead.article;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** One credited person on an article. */
public record Byline(
        @NotNull BylineRole role, @NotBlank @Size(max = 60) String name) {}
