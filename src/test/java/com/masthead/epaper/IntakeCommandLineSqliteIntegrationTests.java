package com.masthead.epaper;

import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.edition.EditionCatalog;
import com.masthead.edition.NewspaperPage;
import com.masthead.support.ContentFixtures.PrintPage;
import com.masthead.support.SqliteSiteTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code --masthead.epaper.ingest=<issueId>:<file.pdf>} takes the PDF in and leaves the file where it was. */
class IntakeCommandLineSqliteIntegrationTests extends SqliteSiteTest {

    @Autowired
    IssueIntake intake;

    @Autowired
    EditionCatalog catalog;

    @Autowired
    PrintEdition edition;

    @TempDir
    Path dir;

    @Test
    void ingestsTheNamedPdfIntoTheIssueAndKeepsTheFile() throws Exception {
        PrintPage print = fixtures().printPage("命令行报", LocalDate.of(2024, 6, 1), 1, "要闻");
        Path pdf = Files.write(dir.resolve("issue.pdf"), TestPdfs.issue("命令行一版", "命令行二版"));

        new IntakeCommandLine(intake, new IntakeProperties(print.issueId() + ":" + pdf, 0, null, null, 0)).run(null);

        assertThat(catalog.pages(print.issueId()))
                .extracting(NewspaperPage::number)
                .containsExactly(1, 2);
        assertThat(edition.issueFile(print.issueId()).orElseThrow().pageCount()).isEqualTo(2);
        assertThat(Files.exists(pdf)).isTrue();
    }
}
