package com.masthead.epaper;

import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.support.ContentFixtures.PrintPage;
import com.masthead.support.SiteClient;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The articles the matcher looks for on a page. */
public interface PlacedArticlesContract extends SiteClient {

    PlacedArticles placedArticles();

    PlacementRepository placements();

    @Test
    default void aPageHoldsItsOwnArticlesInPrintOrderThenTheOnesContinuingThere() {
        long channel = fixtures().channel("匹配栏目", null).get("id").asLong();
        PrintPage first = fixtures().printPage("匹配报", LocalDate.of(2026, 11, 3), 1, "要闻");
        var created = api("POST", "/api/v1/issues/" + first.issueId() + "/pages")
                .body(Map.of("number", 2, "name", "经济"))
                .send();
        assertThat(created.statusCode()).isEqualTo(201);
        long second = parse(created.body()).get("id").asLong();
        long lead = fixtures()
                .article(channel)
                .set("title", "头条稿件")
                .set("kicker", "引题")
                .set("subtitle", "副题")
                .set("body", "<p>第一段正文。</p><p>第二段<b>正文</b>。</p>")
                .set("pageId", first.pageId())
                .create();
        long other = fixtures()
                .article(channel)
                .set("pageId", first.pageId())
                .publish()
                .get("id")
                .asLong();
        long elsewhere = fixtures().article(channel).set("pageId", second).create();
        fixtures().article(channel).create(); // not in print
        placements().save(new Placement(other, first.pageId(), 1, false));
        placements().save(new Placement(lead, first.pageId(), 2, false));
        placements().save(new Placement(elsewhere, first.pageId(), 3, true));

        List<MatchableArticle> onFirst = placedArticles().onPage(first.pageId());
        List<MatchableArticle> onSecond = placedArticles().onPage(second);

        assertThat(onFirst).extracting(MatchableArticle::id).containsExactly(other, lead, elsewhere);
        assertThat(onFirst.get(1)).isEqualTo(new MatchableArticle(lead, "头条稿件", "引题", "副题", "第一段正文。 第二段正文。"));
        assertThat(onSecond).extracting(MatchableArticle::id).containsExactly(elsewhere);
    }
}
