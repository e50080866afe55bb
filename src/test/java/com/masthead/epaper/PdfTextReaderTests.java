package com.masthead.epaper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

class PdfTextReaderTests {

    private static final String HEADLINE = "全省秋粮收购进度过半";
    private static final String LEFT = "记者从省粮食和物资储备局获悉截至十一月底全省累计收购秋粮超过四百万吨同比增加一成多";
    private static final String RIGHT = "各地收储企业延长收购时间增设收购网点方便农民就近售粮确保应收尽收颗粒归仓";

    private final PdfTextReader reader = new PdfTextReader();

    @Test
    void groupsCharactersIntoAHeadlineBlockAndOneBlockPerColumn() throws Exception {
        PageText text = read(false);

        assertThat(text.widthPt()).isEqualTo(842, within(0.01));
        assertThat(text.heightPt()).isEqualTo(1191, within(0.01));
        assertThat(text.usable()).isTrue();
        assertThat(text.blocks()).extracting(TextBlock::text).containsExactlyInAnyOrder(HEADLINE, LEFT, RIGHT);
        TextBlock headline = block(text, HEADLINE);
        assertThat(headline.fontSize()).isEqualTo(28);
        assertThat(headline.x()).isEqualTo(60, within(0.5));
        assertThat(headline.y()).isEqualTo(100, within(1.0));
        TextBlock left = block(text, LEFT);
        TextBlock right = block(text, RIGHT);
        assertThat(left.fontSize()).isEqualTo(10);
        assertThat(left.x()).isEqualTo(60, within(0.5));
        assertThat(left.width()).isEqualTo(200, within(1.0));
        assertThat(left.y()).isEqualTo(150, within(1.0));
        assertThat(left.bottom()).isEqualTo(190, within(1.0));
        assertThat(right.x()).isEqualTo(272, within(0.5));
    }

    @Test
    void roundTripsThroughJson() throws Exception {
        PageText text = read(false);

        assertThat(PageText.fromJson(text.toJson())).isEqualTo(text);
    }

    @Test
    void textWhoseCharactersMapToPrivateUseIsNotUsableButKeepsItsBlocks() throws Exception {
        PageText text = read(true);

        assertThat(text.usable()).isFalse();
        assertThat(text.blocks()).hasSize(3);
        assertThat(text.blocks()).extracting(TextBlock::fontSize).containsExactlyInAnyOrder(28.0, 10.0, 10.0);
    }

    @Test
    void anEmptyPageHasNoBlocksAndNoUsableText() throws Exception {
        byte[] pdf;
        try (TestPdf page = new TestPdf(595, 842)) {
            pdf = page.bytes();
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PageText text = reader.read(document, 0);
            assertThat(text.blocks()).isEmpty();
            assertThat(text.usable()).isFalse();
        }
    }

    private PageText read(boolean garbled) throws Exception {
        byte[] pdf;
        try (TestPdf page = new TestPdf(842, 1191)) {
            page.column(60, 100, 400, 28, HEADLINE);
            page.column(60, 150, 200, 10, LEFT);
            page.column(272, 150, 200, 10, RIGHT);
            if (garbled) {
                page.garbleText();
            }
            pdf = page.bytes();
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return reader.read(document, 0);
        }
    }

    private static TextBlock block(PageText text, String content) {
        List<TextBlock> found =
                text.blocks().stream().filter(b -> b.text().equals(content)).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }
}
