package com.masthead.edition;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;

/**
 * An issue's date, running number and, when it is created, its status code ({@code preparing} or
 * {@code published}). A null status means published: what API callers got before issues had a status. An
 * update never changes the status; going live is {@link EditionEditing#publishIssueNow} or
 * {@link EditionEditing#scheduleGoLive}.
 */
public record IssueDraft(
        @NotNull LocalDate date,
        @Min(1) @Max(9_999_999) Integer number,
        @Pattern(regexp = "preparing|published") String status) {

    public IssueDraft(LocalDate date, Integer number) {
        this(date, number, null);
    }

    /** The status a new issue starts in. */
    IssueStatus initialStatus() {
        return status == null ? IssueStatus.PUBLISHED : IssueStatus.ofCode(status);
    }
}
