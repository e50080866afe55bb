package com.masthead.edition;

import com.masthead.shared.DisplayText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A print page's number, name, printed label (版次, letters and digits such as {@code A03}), section (叠) and page
 * editor (本版责编); the texts are cleaned as they arrive (see {@link DisplayText#cleanLine}), and blank optional
 * ones become null.
 */
public record PageDraft(
        @NotNull @Min(1) @Max(999) Integer number,
        @NotBlank @Size(max = 40) String name,
        @Size(max = 8) @Pattern(regexp = "[A-Za-z0-9]*") String label,
        @Size(max = 20) String section,
        @Size(max = 40) String editor) {

    public PageDraft {
        name = DisplayText.cleanLine(name);
        label = blankToNull(label == null ? null : DisplayText.cleanLine(label).toUpperCase(java.util.Locale.ROOT));
        section = blankToNull(section == null ? null : DisplayText.cleanLine(section));
        editor = blankToNull(editor == null ? null : DisplayText.cleanLine(editor));
    }

    public PageDraft(Integer number, String name) {
        this(number, name, null, null, null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
