package com.masthead.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.demo.PrintPageLayout.Format;
import com.masthead.demo.PrintPageLayout.PageSpec;
import com.masthead.demo.PrintPageLayout.PlacedStory;
import com.masthead.demo.PrintPageLayout.SetPages;
import com.masthead.demo.PrintPageLayout.Story;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PrintPageLayoutTests {

    private final PrintPageLayout layout = new PrintPageLayout(PrintPageLayout.DEFAULT_FONT);

    @Test
    void setsEveryPageWithItsStoriesInsideThePageAndApart() throws Exception {
        List<PageSpec> specs = List.of(page("A01", "要闻", 1, 3), page("A02", "经济", 10, 2));

        SetPages set = layout.issue(Format.BROADSHEET, "海川工业日报", specs, 5);

        try (PDDocument document = Loader.loadPDF(set.pdf())) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            String firstPage = text(document, 1);
            assertThat(firstPage).contains("海川工业日报", "第A01版", "第一则新闻标题");
        }
        for (int page = 0; page < 2; page++) {
            List<PlacedStory> placed = set.onPage(page);
            assertThat(placed).isNotEmpty();
            assertThat(placed)
                    .allSatisfy(p -> assertThat(p.area().fitsOn(842, 1191)).isTrue());
            for (int i = 0; i < placed.size(); i++) {
                for (int j = i + 1; j < placed.size(); j++) {
                    assertThat(box(placed.get(i)).intersects(box(placed.get(j))))
                            .as("%s and %s overlap", placed.get(i), placed.get(j))
                            .isFalse();
                }
            }
        }
        assertThat(set.onPage(0)).extracting(PlacedStory::storyId).contains(1L, 2L);
    }

    @Test
    void aStoryTooLongForItsPageContinuesOnTheNextAndTheSameSeedSetsTheSamePages() {
        List<PageSpec> specs = List.of(
                new PageSpec("1", "要闻", List.of(new Story(1, null, "长篇通讯标题", null, "长".repeat(12_000)))),
                page("2", "综合", 10, 1));

        SetPages set = layout.issue(Format.TABLOID, "海川工业日报", specs, 9);
        SetPages again = layout.issue(Format.TABLOID, "海川工业日报", specs, 9);

        assertThat(set.onPage(1)).anyMatch(p -> p.storyId() == 1 && p.continuation());
        assertThat(again.stories()).isEqualTo(set.stories());
    }

    private static PageSpec page(String label, String name, long firstId, int count) {
        String[] numbers = {"一", "二", "三", "四", "五"};
        List<Story> stories = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            stories.add(new Story(
                    firstId + i,
                    i == 0 ? "引题文字" : null,
                    "第" + numbers[i] + "则新闻标题",
                    null,
                    ("这是第" + numbers[i] + "则新闻的正文，用来检验排版。").repeat(20)));
        }
        return new PageSpec(label, name, stories);
    }

    private static Rectangle box(PlacedStory p) {
        double[] b = p.area().bounds();
        return new Rectangle((int) b[0], (int) b[1], (int) (b[2] - b[0]), (int) (b[3] - b[1]));
    }

    private static String text(PDDocument document, int page) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }
}
