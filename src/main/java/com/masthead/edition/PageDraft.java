package com.masthead.edition;

import com.masthead.shared.DisplayText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A print page's number and name; the name is cleaned as it arrives (see {@link DisplayText#cleanLine}). */
public record PageDraft(
        @NotNull @Min(1) @Max(999) Integer number,
        @NotBlank @Size(max = 40) String name) {

    public PageDraft {
        name = DisplayText.cleanLine(name);
    }
}
