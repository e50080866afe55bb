package com.masthead.epaper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.masthead.shared.FieldProblem;
import com.masthead.shared.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

/** Every kind of bad PDF is refused at the field {@code pdf} with a message that names the problem. */
class PdfInspectorTests {

    @TempDir
    Path dir;

    private final PdfInspector inspector = new PdfInspector(
            new EpaperProperties(null, DataSize.ofMegabytes(5), 0, 0, 0), new IntakeProperties(null, 0, null, null, 0));

    @Test
    void aGoodIssueOpensWithItsPagesAndTheirSizes() throws IOException {
        try (InspectedPdf pdf = inspector.open(file(TestPdfs.issue("要闻", "经济", "文化")))) {
            assertThat(pdf.pages()).hasSize(3);
            assertThat(pdf.pages().get(0).widthPt()).isEqualTo(600);
            assertThat(pdf.pages().get(2).heightPt()).isEqualTo(900);
        }
    }

    @Test
    void refusesBytesThatAreNoPdf() throws IOException {
        thenRefused(TestPdfs.jpeg(), "epaper.pdf.not-pdf");
        thenRefused(new byte[0], "epaper.pdf.not-pdf");
    }

    @Test
    void refusesCorruptAndTruncatedFiles() throws IOException {
        thenRefused(TestPdfs.corrupt(), "epaper.pdf.corrupt");
        thenRefused(TestPdfs.truncated(), "epaper.pdf.truncated");
    }

    @Test
    void refusesEncryptedAndPasswordProtectedFiles() throws IOException {
        thenRefused(TestPdfs.encrypted(), "epaper.pdf.encrypted");
        thenRefused(TestPdfs.passwordProtected(), "epaper.pdf.password");
    }

    @Test
    void refusesTooManyPagesAndAPageAHundredMetresWide() throws IOException {
        thenRefused(TestPdfs.blank(201, 600, 900), "epaper.pdf.too-many-pages");
        thenRefused(TestPdfs.blank(1, 283_465, 900), "epaper.pdf.page-too-large");
    }

    @Test
    void refusesAPageThatWouldRenderToTooManyPixels() throws IOException {
        // 100 pt wide and 14,000 pt tall: 1600 px wide makes it 224,000 px tall
        thenRefused(TestPdfs.blank(1, 100, 14_000), "epaper.pdf.page-too-many-pixels");
    }

    @Test
    void refusesSelfReferencingAndDeeplyNestedObjectsWithoutOverflowingTheStack() throws IOException {
        thenRefused(TestPdfs.selfReferencingPageTree(), "epaper.pdf.corrupt");
        thenRefused(TestPdfs.deeplyNested(100_000), "epaper.pdf.corrupt");
    }

    @Test
    void refusesAFileOverTheSizeLimitBeforeReadingIt() throws IOException {
        byte[] big = new byte[(int) DataSize.ofMegabytes(5).toBytes() + 1];
        thenRefused(big, "epaper.pdf.too-large");
    }

    private Path file(byte[] bytes) throws IOException {
        return Files.write(Files.createTempFile(dir, "intake-", ".pdf"), bytes);
    }

    private void thenRefused(byte[] bytes, String key) throws IOException {
        Path file = file(bytes);
        assertThatThrownBy(() -> inspector.open(file).close())
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .extracting(FieldProblem::field, FieldProblem::messageKey)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("pdf", key)));
    }
}
