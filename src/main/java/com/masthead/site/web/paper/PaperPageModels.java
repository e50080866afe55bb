package com.masthead.site.web.paper;

import com.masthead.site.web.Crumb;
import com.masthead.site.web.TeaserView;
import java.util.List;

/** View models of the print-edition pages. */
public final class PaperPageModels {

    private PaperPageModels() {}

    /** A newspaper without any issue readers may see yet. */
    public record NewspaperPage(List<Crumb> crumbs, String name, String description) {}

    /** One issue: its pages in order, each with the articles that ran on it. */
    public record IssuePage(
            List<Crumb> crumbs, String heading, Integer number, List<PrintPageBlock> pages, IssueCalendar calendar) {}

    public record PrintPageBlock(String title, String url, List<TeaserView> articles) {}

    /**
     * One print page (版面): the page image with the areas over it (null image when no PDF is stored yet), the
     * page's articles in print order, 版面导航 over every page of the issue, 上一版/下一版, the PDFs (null when
     * none) and the month calendar.
     */
    public record PrintPageView(
            List<Crumb> crumbs,
            String heading,
            String pageTitle,
            Integer issueNumber,
            String editor,
            PageImage image,
            List<AreaLink> areas,
            List<PrintedArticle> articles,
            List<PageNavItem> pages,
            String previousUrl,
            String nextUrl,
            String pagePdfUrl,
            String issuePdfUrl,
            String issueUrl,
            IssueCalendar calendar) {

        public boolean anyCorrected() {
            return areas.stream().anyMatch(AreaLink::corrected);
        }
    }

    /** A rendered page image: srcset over the widths, the intrinsic size, and the SVG viewBox in PDF points. */
    public record PageImage(String src, String srcset, int width, int height, String alt, String viewBox) {}

    /** A clickable area: the polygon in PDF points, the article's title as its accessible name. */
    public record AreaLink(String url, String title, String points, boolean corrected) {}

    /** An article of the page in print order; {@code note} says where it comes from or goes on (接/转第N版). */
    public record PrintedArticle(String title, String url, String note, String noteUrl, boolean corrected) {}

    public record PageNavItem(
            String label,
            String name,
            String url,
            String thumbnailUrl,
            int thumbnailWidth,
            int thumbnailHeight,
            boolean current) {}

    /** The 往期回顾 calendar of one month; {@code previousUrl}/{@code nextUrl} skip months without issues. */
    public record IssueCalendar(
            String heading, List<String> weekdays, List<List<CalendarDay>> weeks, String previousUrl, String nextUrl) {}

    /** A day of the calendar; {@code day} 0 fills the week before the 1st and after the last day. */
    public record CalendarDay(int day, String url, boolean current) {

        static final CalendarDay BLANK = new CalendarDay(0, null, false);
    }

    /** The print panel of an article page: its page's thumbnail with the article's areas, neighbours in print order. */
    public record PrintPanel(
            String pageLabel,
            String pageUrl,
            String thumbnailUrl,
            int thumbnailWidth,
            int thumbnailHeight,
            String viewBox,
            List<String> areas,
            String previousTitle,
            String previousUrl,
            String nextTitle,
            String nextUrl,
            List<Continuation> continuations) {}

    /** A page an article comes from (接) or goes on to (转). */
    public record Continuation(String text, String url) {}
}
