package com.masthead.edition;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record PageDraft(
        @NotNull @Min(1) @Max(999) Integer number,
        @NotBlank @Size(max = 40) String name) {}
