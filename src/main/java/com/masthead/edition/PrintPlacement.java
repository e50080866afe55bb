package com.masthead.edition;

import java.time.LocalDate;

/** Where an article ran in print, with everything a page needs to show and link it. */
public record PrintPlacement(
        long newspaperId,
        String newspaperName,
        String newspaperSlug,
        long issueId,
        LocalDate issueDate,
        Integer issueNumber,
        long pageId,
        int pageNumber,
        String pageName,
        String pageLabel) {

    /** The page's name unless it only repeats its number or label (see {@link NewspaperPage#distinctName()}). */
    public String distinctPageName() {
        return new NewspaperPage(pageId, issueId, pageNumber, pageName, pageLabel, null, null, 0).distinctName();
    }

    public String newspaperUrl() {
        return "/paper/" + newspaperSlug + "/";
    }

    public String issueUrl() {
        return newspaperUrl() + issueDate + "/";
    }

    public String pageUrl() {
        return issueUrl() + pageNumber + "/";
    }
}
