package com.masthead.site.web.ticket;

import com.masthead.shared.PageResult;
import com.masthead.site.web.Crumb;
import java.util.List;

/** The public corrections page (更正): every published correction note, newest first, paged. */
public record CorrectionListPage(List<Crumb> crumbs, PageResult<Item> corrections) {

    /** One correction: the corrected article (title and link), the date and the note's paragraphs. */
    public record Item(String articleTitle, String articleUrl, String date, List<String> note) {}

    public String pageUrl(int page) {
        return page <= 1 ? "/corrections/" : "/corrections/?page=" + page;
    }
}
