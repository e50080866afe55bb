package com.masthead.epaper.bench;

import com.masthead.MastheadApplication;
import com.masthead.article.ArticleContent;
import com.masthead.article.ArticleEditing;
import com.masthead.article.RightsType;
import com.masthead.channel.ChannelDraft;
import com.masthead.channel.ChannelEditing;
import com.masthead.demo.PrintPageLayout;
import com.masthead.demo.PrintPageLayout.Format;
import com.masthead.demo.PrintPageLayout.PageSpec;
import com.masthead.demo.PrintPageLayout.SetPages;
import com.masthead.demo.PrintPageLayout.Story;
import com.masthead.edition.EditionEditing;
import com.masthead.edition.IssueDraft;
import com.masthead.edition.NewspaperDraft;
import com.masthead.edition.PageDraft;
import com.masthead.epaper.AreaDraft;
import com.masthead.epaper.IntakeProgress;
import com.masthead.epaper.IntakeRequest;
import com.masthead.epaper.IssueIntake;
import com.masthead.epaper.PrintEdition;
import com.masthead.staff.StaffMember;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * bench/epaper, whole intake: starts the application on a fresh SQLite file, creates an issue of 16 and one of 48
 * broadsheet pages with their articles, takes in the generated whole-issue PDF through {@link IssueIntake#ingestNow}
 * (split, render at every image width, extract, match, store) and appends time, peak heap and the quality of the
 * stored proposals to the results file. Usage: IntakeBench results.md workDir
 */
public final class IntakeBench {

    private IntakeBench() {}

    public static void main(String[] args) throws IOException {
        Path results = Path.of(args[0]);
        Path work = Files.createDirectories(Path.of(args[1]));
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(MastheadApplication.class)
                .properties(
                        "masthead.data-dir=" + work,
                        "spring.datasource.url=jdbc:sqlite:" + work.resolve("masthead.db")
                                + "?journal_mode=WAL&busy_timeout=10000&foreign_keys=true&transaction_mode=IMMEDIATE",
                        "masthead.seed-demo-content=false",
                        "server.port=0")
                .run()) {
            StringBuilder out = new StringBuilder();
            out.append("\nWhole intake (split, render, extract, match, store; ")
                    .append(LocalDate.now())
                    .append(", SQLite, -Xmx")
                    .append(Runtime.getRuntime().maxMemory() >> 20)
                    .append("m):\n\n| pages | PDF MB | intake s | s/page | areas (truth) | proposed | hits |"
                            + " precision | recall | peak heap MB |\n|---|---|---|---|---|---|---|---|---|---|\n");
            long channel = app.getBean(ChannelEditing.class)
                    .create(new ChannelDraft(null, "基准", "bench", 0, "基准测试", true))
                    .id();
            long paper = app.getBean(EditionEditing.class)
                    .createNewspaper(new NewspaperDraft("基准日报", "bench-daily", "基准测试"))
                    .id();
            int day = 0;
            for (int pages : new int[] {4, 16, 48}) {
                out.append(run(app, channel, paper, LocalDate.of(2026, 1, 1).plusDays(day++), pages, work));
            }
            Files.writeString(
                    results,
                    out.toString().replaceFirst("\\| 4 \\|[^\n]*\n", ""),
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        }
    }

    private static String run(
            ConfigurableApplicationContext app, long channel, long paper, LocalDate date, int pageCount, Path work)
            throws IOException {
        EditionEditing editions = app.getBean(EditionEditing.class);
        ArticleEditing articles = app.getBean(ArticleEditing.class);
        long issue =
                editions.createIssue(paper, new IssueDraft(date, pageCount)).id();
        SyntheticStories synthetic = new SyntheticStories(pageCount, 1);
        List<PageSpec> specs = new ArrayList<>();
        List<Long> pageIds = new ArrayList<>();
        for (int n = 1; n <= pageCount; n++) {
            long pageId =
                    editions.createPage(issue, new PageDraft(n, "第" + n + "版")).id();
            pageIds.add(pageId);
            List<Story> stories = new ArrayList<>();
            for (Story s : synthetic.page(n, 3 + n % 4).stories()) {
                long id = articles.create(
                                new ArticleContent(
                                        channel,
                                        s.kicker(),
                                        s.title(),
                                        s.subtitle(),
                                        null,
                                        "<p>" + s.body() + "</p>",
                                        null,
                                        RightsType.ORIGINAL,
                                        null,
                                        null,
                                        null,
                                        null,
                                        pageId,
                                        null,
                                        null,
                                        null),
                                StaffMember.system())
                        .id();
                stories.add(new Story(id, s.kicker(), s.title(), s.subtitle(), s.body()));
            }
            specs.add(new PageSpec(Integer.toString(n), "第" + n + "版", stories));
        }
        SetPages set = new PrintPageLayout(PrintPageLayout.DEFAULT_FONT)
                .issue(Format.BROADSHEET, "基准日报", specs, pageCount, false);
        Path pdf = work.resolve("issue-" + pageCount + ".pdf");
        Files.write(pdf, set.pdf());
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        IntakeProgress done =
                app.getBean(IssueIntake.class).ingestNow(new IntakeRequest(issue, null, "issue.pdf", pdf, null));
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = peakHeap();
        AreaScore score = new AreaScore(0, 0, 0);
        PrintEdition edition = app.getBean(PrintEdition.class);
        for (int i = 0; i < pageCount; i++) {
            List<AreaDraft> stored = edition.allAreas(pageIds.get(i)).stream()
                    .map(a -> new AreaDraft(
                            a.kind(),
                            a.polygon(),
                            a.readingOrder(),
                            a.articleId(),
                            a.linkUrl(),
                            a.source(),
                            a.confidence(),
                            a.accepted()))
                    .toList();
            score = score.plus(AreaScore.of(stored, set.onPage(i)));
        }
        if (!done.state().finished() || score.truths() == 0) {
            throw new IllegalStateException("intake did not finish: " + done);
        }
        return String.format(
                Locale.ROOT,
                "| %d | %.1f | %.1f | %.2f | %d | %d | %d | %.3f | %.3f | %d |%n",
                pageCount,
                set.pdf().length / 1e6,
                seconds,
                seconds / pageCount,
                score.truths(),
                score.proposed(),
                score.hits(),
                score.precision(),
                score.recall(),
                peak >> 20);
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
