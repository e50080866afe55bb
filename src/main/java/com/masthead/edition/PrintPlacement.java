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
        String pageName) {

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
