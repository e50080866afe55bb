package com.masthead.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.article.ArticlePrintText;
import com.masthead.article.ArticleReading;
import com.masthead.edition.EditionCatalog;
import com.masthead.edition.Newspaper;
import com.masthead.edition.NewspaperIssue;
import com.masthead.edition.NewspaperPage;
import com.masthead.epaper.AreaKind;
import com.masthead.epaper.AreaSource;
import com.masthead.epaper.PageArea;
import com.masthead.epaper.PrintEdition;
import com.masthead.shared.PageRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo newspaper comes with page PDFs set from its articles and areas the matcher proposed and the seeder accepted. */
public interface DemoEditionContract {

    EditionCatalog catalog();

    PrintEdition edition();

    ArticleReading articles();

    @Test
    default void everyDemoPageHasItsPdfAndAnAcceptedAreaForEveryArticlePrintedOnIt() {
        Newspaper paper = catalog().newspaperBySlug("hcgy").orElseThrow();
        List<NewspaperIssue> issues =
                catalog().issues(paper.id(), new PageRequest(1, 20)).items();
        assertThat(issues).hasSize(2);
        int areas = 0;
        for (NewspaperIssue issue : issues) {
            assertThat(edition().issueFile(issue.id())).isPresent();
            for (NewspaperPage page : catalog().pages(issue.id())) {
                assertThat(edition().pageFile(page.id()))
                        .as("page %s", page.number())
                        .isPresent();
                List<PageArea> accepted = edition().acceptedAreas(page.id());
                for (ArticlePrintText article : articles().textsOnPages(List.of(page.id()))) {
                    assertThat(accepted)
                            .as("area of %s on page %s", article.title(), page.number())
                            .anySatisfy(a -> {
                                assertThat(a.articleId()).isEqualTo(article.id());
                                assertThat(a.kind()).isEqualTo(AreaKind.ARTICLE);
                                assertThat(a.source()).isEqualTo(AreaSource.EXTRACTED);
                                assertThat(a.confidence()).isGreaterThan(0.8);
                            });
                    areas++;
                }
            }
        }
        assertThat(areas).isEqualTo(17);
    }
}
