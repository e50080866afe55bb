package com.masthead.edition;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

public record IssueDraft(
        @NotNull LocalDate date, @Min(1) @Max(9_999_999) Integer number) {}
