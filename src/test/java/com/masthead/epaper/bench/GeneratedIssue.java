package com.masthead.epaper.bench;

import com.masthead.demo.PrintPageLayout;
import com.masthead.demo.PrintPageLayout.Format;
import com.masthead.demo.PrintPageLayout.PageSpec;
import com.masthead.demo.PrintPageLayout.PlacedStory;
import com.masthead.demo.PrintPageLayout.SetPages;
import com.masthead.demo.PrintPageLayout.Story;
import com.masthead.epaper.AreaDraft;
import com.masthead.epaper.AreaMatcher;
import com.masthead.epaper.MatchableArticle;
import com.masthead.epaper.PageText;
import com.masthead.epaper.PdfTextReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/** An issue set by {@link PrintPageLayout} from synthetic stories, with the truth of where every story went. */
record GeneratedIssue(List<PageSpec> pages, SetPages set) {

    static GeneratedIssue of(Format format, int pageCount, long seed) {
        SyntheticStories stories = new SyntheticStories(seed, 1);
        List<PageSpec> pages = new ArrayList<>();
        for (int n = 1; n <= pageCount; n++) {
            int count = format == Format.BROADSHEET ? 3 + (int) ((seed + n) % 4) : 2 + (int) ((seed + n) % 2);
            pages.add(stories.page(n, count));
        }
        SetPages set = new PrintPageLayout(PrintPageLayout.DEFAULT_FONT).issue(format, "海川工业日报", pages, seed);
        return new GeneratedIssue(pages, set);
    }

    /** What the newsroom knows is on page {@code index}: its own stories, then those continued there. */
    List<MatchableArticle> articlesOn(int index) {
        Map<Long, Story> all = pages.stream()
                .flatMap(p -> p.stories().stream())
                .collect(Collectors.toMap(Story::id, Function.identity()));
        List<MatchableArticle> articles = new ArrayList<>();
        pages.get(index).stories().forEach(s -> articles.add(matchable(s)));
        for (PlacedStory placed : set.onPage(index)) {
            if (placed.continuation()) {
                articles.add(matchable(all.get(placed.storyId())));
            }
        }
        return articles;
    }

    /** Reads every page and matches it; the score over the whole issue. */
    AreaScore match(PdfTextReader reader, AreaMatcher matcher) {
        AreaScore score = new AreaScore(0, 0, 0);
        try (PDDocument document = Loader.loadPDF(set.pdf())) {
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                PageText text = reader.read(document, i);
                List<AreaDraft> proposals = matcher.propose(text, articlesOn(i));
                score = score.plus(AreaScore.of(proposals, set.onPage(i)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return score;
    }

    private static MatchableArticle matchable(Story s) {
        return new MatchableArticle(s.id(), s.title(), s.kicker(), s.subtitle(), s.body());
    }
}
