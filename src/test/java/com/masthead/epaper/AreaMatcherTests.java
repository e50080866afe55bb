package com.masthead.epaper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.geom.Path2D;
import java.util.List;
import java.util.function.Consumer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

class AreaMatcherTests {

    private static final MatchableArticle HARVEST = new MatchableArticle(
            11,
            "全省秋粮收购进度过半",
            "粮食安全",
            "各地增设网点方便农民售粮",
            "记者从省粮食和物资储备局获悉，截至十一月底全省累计收购秋粮超过四百万吨，同比增加一成多。"
                    + "各地收储企业延长收购时间，增设收购网点，方便农民就近售粮，确保应收尽收、颗粒归仓。"
                    + "省里还安排专项资金支持烘干设施建设，今年新增烘干能力每日一万二千吨。");
    private static final MatchableArticle RAILWAY = new MatchableArticle(
            12,
            "城际铁路东段开通运营",
            null,
            null,
            "昨天上午，城际铁路东段正式开通运营，沿线六个县区结束了不通铁路的历史。"
                    + "新线设计时速二百公里，全程运行时间由原来的三小时缩短到五十分钟。"
                    + "铁路部门表示，开通初期每天开行动车组列车二十四对，春运期间将视客流增开。");
    private static final MatchableArticle LIBRARY = new MatchableArticle(
            13,
            "社区图书馆夜间开放",
            null,
            null,
            "从本月起，全市四十家社区图书馆延长开放时间至晚上九点，方便上班族下班后借阅。" + "图书馆还增设自助借还设备和电子阅览座位，读者凭身份证即可办理借阅证。");

    private final PdfTextReader reader = new PdfTextReader();
    private final AreaMatcher matcher = new AreaMatcher();

    @Test
    void outlinesEachArticleFromItsHeadlineAndTheBodyUnderIt() {
        PageText text = page(false, p -> {
            story(p, HARVEST, 40, 80, 2);
            story(p, RAILWAY, 460, 80, 2);
        });

        List<AreaDraft> drafts = matcher.propose(text, List.of(RAILWAY, HARVEST, LIBRARY));

        assertThat(drafts).extracting(AreaDraft::articleId).containsExactly(11L, 12L);
        assertThat(drafts).extracting(AreaDraft::readingOrder).containsExactly(1, 2);
        assertThat(drafts).allSatisfy(d -> {
            assertThat(d.kind()).isEqualTo(AreaKind.ARTICLE);
            assertThat(d.source()).isEqualTo(AreaSource.EXTRACTED);
            assertThat(d.confidence()).isGreaterThan(0.8);
            assertThat(d.accepted()).isFalse();
        });
        double[] harvest = drafts.get(0).polygon().bounds();
        assertThat(harvest[0]).isEqualTo(40, within(1.0));
        assertThat(harvest[1]).isLessThan(80); // the kicker above the headline belongs to the story
        assertThat(harvest[2]).isEqualTo(40 + 2 * 180 + 12, within(2.0));
        assertThat(drafts.get(1).polygon().bounds()[0]).isEqualTo(460, within(1.0));
    }

    @Test
    void bodyTextWithoutItsHeadlineFromTheMiddleOfTheArticleIsAContinuation() {
        String rest = RAILWAY.bodyText().substring(RAILWAY.bodyText().indexOf("新线"));
        PageText text = page(false, p -> {
            story(p, LIBRARY, 40, 80, 2);
            p.column(460, 80, 300, 10, rest);
        });

        List<AreaDraft> drafts = matcher.propose(text, List.of(LIBRARY, RAILWAY));

        assertThat(drafts)
                .extracting(AreaDraft::articleId, AreaDraft::kind)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(13L, AreaKind.ARTICLE),
                        org.assertj.core.groups.Tuple.tuple(12L, AreaKind.CONTINUATION));
    }

    @Test
    void aStoryWrappingAroundAnotherGetsAPolygonThatLeavesTheOtherOut() {
        MatchableArticle longHarvest = new MatchableArticle(
                11, HARVEST.title(), null, null, HARVEST.bodyText() + "今冬明春还将组织专项检查。" + HARVEST.bodyText());
        String body = longHarvest.bodyText();
        PageText text = page(false, p -> {
            p.column(40, 80, 560, 28, HARVEST.title());
            p.column(40, 130, 170, 10, body.substring(0, 110));
            p.column(230, 130, 170, 10, body.substring(110, 220));
            p.column(420, 130, 170, 10, body.substring(220));
            p.column(420, 190, 170, 20, LIBRARY.title());
            p.column(420, 220, 170, 10, LIBRARY.bodyText());
        });

        List<AreaDraft> drafts = matcher.propose(text, List.of(longHarvest, LIBRARY));

        AreaDraft harvest =
                drafts.stream().filter(d -> d.articleId() == 11L).findFirst().orElseThrow();
        AreaDraft library =
                drafts.stream().filter(d -> d.articleId() == 13L).findFirst().orElseThrow();
        assertThat(harvest.polygon().points()).hasSizeGreaterThan(4);
        double[] inner = library.polygon().bounds();
        assertThat(path(harvest.polygon()).contains((inner[0] + inner[2]) / 2, (inner[1] + inner[3]) / 2))
                .isFalse();
        assertThat(path(harvest.polygon()).contains(300, 100)).isTrue();
    }

    @Test
    void withoutUsableTextTheHeadlinesAndColumnsUnderThemAreLowConfidenceGeometry() {
        PageText text = page(true, p -> {
            story(p, HARVEST, 40, 80, 2);
            story(p, RAILWAY, 460, 80, 2);
        });

        List<AreaDraft> inOrder = matcher.propose(text, List.of(HARVEST, RAILWAY));
        List<AreaDraft> tooMany = matcher.propose(text, List.of(HARVEST, RAILWAY, LIBRARY));

        assertThat(text.usable()).isFalse();
        assertThat(inOrder).hasSize(2).allSatisfy(d -> {
            assertThat(d.source()).isEqualTo(AreaSource.GEOMETRY);
            assertThat(d.confidence()).isLessThanOrEqualTo(0.3);
        });
        assertThat(inOrder).extracting(AreaDraft::articleId).containsExactly(11L, 12L);
        assertThat(inOrder.get(0).polygon().bounds()[2]).isEqualTo(40 + 2 * 180 + 12, within(2.0));
        assertThat(tooMany).hasSize(2).extracting(AreaDraft::articleId).containsOnlyNulls();
    }

    /** Kicker, headline, subtitle over the whole width, then the body in {@code columns} columns 180 wide. */
    private static void story(TestPdf p, MatchableArticle a, double x, double top, int columns) {
        double width = columns * 180 + (columns - 1) * 12;
        double y = top;
        if (a.kicker() != null) {
            y = p.column(x, top - 20, width, 14, a.kicker()) + 4;
        }
        y = p.column(x, y, width, 28, a.title()) + 6;
        if (a.subtitle() != null) {
            y = p.column(x, y, width, 16, a.subtitle()) + 8;
        }
        String body = a.bodyText();
        int per = (body.length() + columns - 1) / columns;
        for (int c = 0; c < columns; c++) {
            String part = body.substring(Math.min(body.length(), c * per), Math.min(body.length(), (c + 1) * per));
            p.column(x + c * 192, y, 180, 10, part);
        }
    }

    private PageText page(boolean garbled, Consumer<TestPdf> drawing) {
        try {
            byte[] pdf;
            try (TestPdf p = new TestPdf(842, 1191)) {
                drawing.accept(p);
                if (garbled) {
                    p.garbleText();
                }
                pdf = p.bytes();
            }
            try (PDDocument document = Loader.loadPDF(pdf)) {
                return reader.read(document, 0);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Path2D path(Polygon polygon) {
        Path2D path = new Path2D.Double();
        List<Polygon.Point> points = polygon.points();
        path.moveTo(points.get(0).x(), points.get(0).y());
        points.stream().skip(1).forEach(pt -> path.lineTo(pt.x(), pt.y()));
        path.closePath();
        return path;
    }
}
