package com.masthead.demo;

import com.masthead.article.ArticlePrintText;
import com.masthead.article.ArticleReading;
import com.masthead.demo.PrintPageLayout.Format;
import com.masthead.demo.PrintPageLayout.PageSpec;
import com.masthead.demo.PrintPageLayout.Story;
import com.masthead.epaper.AreaEditing;
import com.masthead.epaper.AreaEditor;
import com.masthead.epaper.IntakeProgress;
import com.masthead.epaper.IntakeRequest;
import com.masthead.epaper.IntakeState;
import com.masthead.epaper.IssueIntake;
import com.masthead.staff.StaffMember;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Gives the demo newspaper's issues their print pages: sets each issue's pages from the articles printed on them
 * ({@link PrintPageLayout}), takes the PDF in like an upload ({@link IssueIntake#ingestNow}: pages, images, text,
 * proposed areas) and accepts the proposed areas, so that a fresh start shows a working digital edition. Without
 * the font it logs one warning and leaves the issues without PDFs.
 */
@Component
@EnableConfigurationProperties(DemoEditionProperties.class)
class DemoEdition {

    /** A demo issue and its pages in print order. */
    record PrintedIssue(long issueId, String paperName, String paperSlug, LocalDate date, List<PrintedPage> pages) {}

    record PrintedPage(long pageId, int number, String name) {}

    private static final Logger log = LoggerFactory.getLogger(DemoEdition.class);

    private final DemoEditionProperties properties;
    private final ArticleReading articles;
    private final IssueIntake intake;
    private final AreaEditing areas;

    DemoEdition(DemoEditionProperties properties, ArticleReading articles, IssueIntake intake, AreaEditing areas) {
        this.properties = properties;
        this.articles = articles;
        this.intake = intake;
        this.areas = areas;
    }

    void print(List<PrintedIssue> issues) {
        PrintPageLayout layout = new PrintPageLayout(properties.demoFont().toFile());
        if (!layout.fontAvailable()) {
            log.warn(
                    "The demo newspaper gets no page PDFs: no TrueType CJK font at {} (install fonts-wqy-zenhei or"
                            + " set masthead.epaper.demo-font)",
                    properties.demoFont());
            return;
        }
        for (PrintedIssue issue : issues) {
            print(layout, issue);
        }
    }

    private void print(PrintPageLayout layout, PrintedIssue issue) {
        List<PageSpec> specs = new ArrayList<>();
        for (PrintedPage page : issue.pages()) {
            List<Story> stories = articles.textsOnPages(List.of(page.pageId())).stream()
                    .map(DemoEdition::story)
                    .toList();
            specs.add(new PageSpec(Integer.toString(page.number()), page.name(), stories));
        }
        String masthead = issue.paperName() + "  " + issue.date();
        byte[] pdf = layout.issue(Format.BROADSHEET, masthead, specs, issue.issueId(), false)
                .pdf();
        IntakeProgress done = intake.ingestNow(new IntakeRequest(
                issue.issueId(), null, issue.paperSlug() + "-" + issue.date() + ".pdf", temporary(pdf), null));
        if (done.state() != IntakeState.DONE) {
            log.warn("The demo issue of {} was not taken in: {}", issue.date(), done);
            return;
        }
        AreaEditor seeder = new AreaEditor(StaffMember.system().login(), null);
        for (PrintedPage page : issue.pages()) {
            areas.acceptAll(page.pageId(), seeder);
        }
    }

    private static Story story(ArticlePrintText a) {
        return new Story(a.id(), a.kicker(), a.title(), a.subtitle(), a.bodyText());
    }

    private static Path temporary(byte[] pdf) {
        try {
            Path file = Files.createTempFile("masthead-demo-issue", ".pdf");
            Files.write(file, pdf);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the demo issue's PDF", e);
        }
    }
}
