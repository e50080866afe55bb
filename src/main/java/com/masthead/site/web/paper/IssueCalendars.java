package com.masthead.site.web.paper;

import com.masthead.edition.EditionCatalog;
import com.masthead.edition.Newspaper;
import com.masthead.edition.NewspaperIssue;
import com.masthead.site.web.Text;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The 往期回顾 month calendar: the month's days in weeks from Monday, each day with a visible issue linked to it,
 * and links to the nearest earlier and later months that have issues (empty months are skipped, so crawlers
 * never walk into an endless run of empty calendars). Three queries.
 */
@Component
class IssueCalendars {

    private final EditionCatalog editions;

    IssueCalendars(EditionCatalog editions) {
        this.editions = editions;
    }

    /** The calendar address of a month: {@code /paper/<slug>/calendar/2026-11/}. */
    static String url(Newspaper paper, YearMonth month) {
        return paper.url() + "calendar/" + month + "/";
    }

    PaperPageModels.IssueCalendar of(Newspaper paper, YearMonth month, LocalDate current, Instant now, Text t) {
        Map<LocalDate, NewspaperIssue> issues = editions.visibleIssuesIn(paper.id(), month, now).stream()
                .collect(Collectors.toMap(NewspaperIssue::date, Function.identity()));
        List<List<PaperPageModels.CalendarDay>> weeks = new ArrayList<>();
        List<PaperPageModels.CalendarDay> week = new ArrayList<>();
        int blanks = month.atDay(1).getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue();
        for (int i = 0; i < blanks; i++) {
            week.add(PaperPageModels.CalendarDay.BLANK);
        }
        for (int day = 1; day <= month.lengthOfMonth(); day++) {
            LocalDate date = month.atDay(day);
            NewspaperIssue issue = issues.get(date);
            week.add(new PaperPageModels.CalendarDay(
                    day, issue == null ? null : paper.url() + date + "/", date.equals(current)));
            if (week.size() == 7) {
                weeks.add(week);
                week = new ArrayList<>();
            }
        }
        if (!week.isEmpty()) {
            while (week.size() < 7) {
                week.add(PaperPageModels.CalendarDay.BLANK);
            }
            weeks.add(week);
        }
        String earlier = editions.visibleIssueBefore(paper.id(), month.atDay(1), now)
                .map(i -> url(paper, YearMonth.from(i.date())))
                .orElse(null);
        String later = editions.visibleIssueAfter(paper.id(), month.atEndOfMonth(), now)
                .map(i -> url(paper, YearMonth.from(i.date())))
                .orElse(null);
        return new PaperPageModels.IssueCalendar(
                t.get("site.paper.calendar.month", month.getYear(), month.getMonthValue()),
                Arrays.asList(t.get("site.paper.calendar.weekdays").split(",")),
                weeks,
                earlier,
                later);
    }
}
