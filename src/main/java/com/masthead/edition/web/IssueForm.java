package com.masthead.edition.web;

import com.masthead.edition.NewspaperIssue;

/** The issue form as submitted, all text: the date ({@code yyyy-MM-dd}) and the running number. */
public record IssueForm(String date, String number, String version) {

    static IssueForm empty() {
        return new IssueForm("", "", "");
    }

    static IssueForm of(NewspaperIssue i) {
        return new IssueForm(
                i.date().toString(), i.number() == null ? "" : String.valueOf(i.number()), String.valueOf(i.version()));
    }
}
