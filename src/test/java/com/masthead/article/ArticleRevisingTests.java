package com.masthead.article;

import static com.masthead.article.ArticleContentBuilder.NEWS_CHANNEL;
import static com.masthead.article.ArticleContentBuilder.anArticleContent;
import static com.masthead.article.ArticleFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.shared.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Revising a published article, and what every transition hands out: one event each, one version per save. */
class ArticleRevisingTests {

    @Test
    void revisesADraftAndRecordsANotLiveRevision() {
        Article article = givenDraft();
        ArticleContent revised = anArticleContent().titled("新标题").build();

        article.save(revised, by(EDITOR, LATER));

        assertThat(article.content()).isEqualTo(revised);
        assertThat(article.updatedAt()).isEqualTo(LATER);
        assertThat(article.status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(article.takeEvents())
                .containsExactly(
                        new ArticleEdited(ID, 2, false, "editor"),
                        new ArticleRevised(ID, false, NEWS_CHANNEL, null, null, NEWS_CHANNEL, null, null, false));
    }

    @Test
    void revisesADraftIntoAnIncompleteReprint() {
        Article article = givenDraft();
        ArticleContent incomplete = anArticleContent()
                .reprint()
                .withOriginal(new OriginalSource("新华社", null, " ", null))
                .withoutResponsibleEditor()
                .build();

        article.save(incomplete, by(EDITOR, LATER));

        assertThat(article.content()).isEqualTo(incomplete);
        assertThat(article.status()).isEqualTo(ArticleStatus.DRAFT);
    }

    @Test
    void revisingALiveArticleMakesAWorkingCopyWhileReadersKeepTheLiveVersion() {
        ArticleContent live = anArticleContent()
                .inChannel(7L)
                .inSeries(11L, 2)
                .onPrintPage(13L)
                .build();
        Article article = givenPublished(live);
        ArticleContent moved = anArticleContent().inChannel(8L).build();

        article.save(moved, by(EDITOR, LATER));

        assertThat(article.content()).isEqualTo(live);
        assertThat(article.working()).isEqualTo(moved);
        assertThat(article.hasPendingCopy()).isTrue();
        assertThat(article.reviewState()).isEqualTo(ReviewState.DRAFT);
        assertThat(article.status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(article.url()).isEqualTo("/news/2025/03/18/42.html");
        assertThat(article.takeEvents()).containsExactly(new ArticleEdited(ID, 2, false, "editor"));
    }

    @Test
    void publishingTheCopyReplacesTheLiveVersionAndSaysWhereItWasBefore() {
        Article article = givenPublished(anArticleContent()
                .inChannel(7L)
                .inSeries(11L, 2)
                .onPrintPage(13L)
                .build());
        ArticleContent moved = anArticleContent().inChannel(8L).build();
        article.save(moved, by(EDITOR, LATER));
        article.takeEvents();

        article.publishDirectly(by(WIRE, MUCH_LATER), MUCH_LATER, SHANGHAI);

        assertThat(article.content()).isEqualTo(moved);
        assertThat(article.hasPendingCopy()).isFalse();
        assertThat(article.publishedAt()).isEqualTo(EVENING_UTC);
        assertThat(article.takeEvents())
                .containsExactly(
                        new ArticleRevised(ID, true, 8L, null, null, 7L, 11L, 13L, false),
                        new ArticlePublished(ID, 8L, null, null, WIRE.login()));
    }

    @Test
    void refusesToPublishACopyThatBreaksThePublishingRulesAndKeepsTheLiveVersion() {
        Article article = givenPublished();
        article.save(anArticleContent().withoutResponsibleEditor().build(), by(EDITOR, LATER));
        article.takeEvents();
        Snapshot before = Snapshot.of(article);

        InvalidInputException e = whenRefused(
                InvalidInputException.class, () -> article.publishDirectly(by(WIRE, LATER), LATER, SHANGHAI));

        thenNamesExactly(e, "responsibleEditor");
        thenUnchanged(article, before);
    }

    @Test
    void revisesATakenDownArticleWithoutThePublishingRulesAndRecordsANotLiveRevision() {
        Article article = givenUnpublished();
        ArticleContent incomplete =
                anArticleContent().withoutResponsibleEditor().build();

        article.save(incomplete, by(EDITOR, MUCH_LATER));

        assertThat(article.content()).isEqualTo(incomplete);
        assertThat(article.status()).isEqualTo(ArticleStatus.UNPUBLISHED);
        assertThat(article.takeEvents())
                .filteredOn(ArticleRevised.class::isInstance)
                .singleElement()
                .isInstanceOfSatisfying(
                        ArticleRevised.class, e -> assertThat(e.live()).isFalse());
    }

    @Test
    void handsOutEachEventOnce() {
        Article article = givenDraft();
        article.publishDirectly(by(WIRE, NOW), EVENING_UTC, SHANGHAI);
        article.unpublish(by(CHIEF, LATER), "撤稿");

        List<ArticleEvent> events = article.takeEvents();

        assertThat(events).hasSize(2);
        assertThat(events.get(0)).isInstanceOf(ArticlePublished.class);
        assertThat(events.get(1)).isInstanceOf(ArticleUnpublished.class);
        assertThat(article.takeEvents()).isEmpty();
    }

    @Test
    void countsAVersionPerSave() {
        Article article = givenDraft();

        article.markSaved();
        article.markSaved();

        assertThat(article.version()).isEqualTo(2);
    }
}
