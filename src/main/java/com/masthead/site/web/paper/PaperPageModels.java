package com.masthead.site.web.paper;

import com.masthead.site.web.Crumb;
import com.masthead.site.web.TeaserView;
import java.util.List;

/** View models of the print-edition pages. */
public final class PaperPageModels {

    private PaperPageModels() {}

    /** A newspaper's issue index: newest issues first, paged. */
    public record NewspaperPage(
            List<Crumb> crumbs, String name, String description, List<IssueLink> issues, int page, boolean hasNext) {}

    public record IssueLink(String dateText, Integer number, String url) {}

    /** One issue: its pages in order, each with the articles that ran on it. */
    public record IssuePage(List<Crumb> crumbs, String heading, Integer number, List<PrintPageBlock> pages) {}

    public record PrintPageBlock(String label, String name, String url, List<TeaserView> articles) {}
}
