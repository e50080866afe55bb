package com.masthead.article;

import static com.masthead.article.ArticleContentBuilder.NEWS_CHANNEL;
import static com.masthead.article.ArticleContentBuilder.anArticleContent;
import static com.masthead.article.ArticleFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.shared.FieldProblem;
import com.masthead.shared.InvalidInputException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Going live and being taken down: the public status machine (published ⇄ unpublished). */
class ArticlePublicationTests {

    @Nested
    class Published {

        @Test
        void refusesToPublishAgainAndStaysUnchanged() {
            Article article = givenPublished();
            Snapshot before = Snapshot.of(article);

            IllegalTransitionException e = whenRefused(
                    IllegalTransitionException.class, () -> article.publishDirectly(by(WIRE, LATER), LATER, SHANGHAI));

            thenIllegalTransition(e, ArticleStatus.PUBLISHED, "publish");
            thenUnchanged(article, before);
        }

        @Test
        void unpublishesKeepingTheReasonForTheNewsroom() {
            Article article = givenPublished();

            article.unpublish(by(CHIEF, LATER), "事实有误，待核实");

            assertThat(article.status()).isEqualTo(ArticleStatus.UNPUBLISHED);
            assertThat(article.isPublished()).isFalse();
            assertThat(article.unpublishReason()).isEqualTo("事实有误，待核实");
            assertThat(article.updatedAt()).isEqualTo(LATER);
            assertThat(article.publishedAt()).isEqualTo(EVENING_UTC);
            assertThat(article.url()).isEqualTo("/news/2025/03/18/42.html");
        }

        @Test
        void unpublishingRecordsArticleUnpublishedWithWhereItAppearedAndTheReason() {
            Article article = givenPublished(anArticleContent()
                    .inChannel(7L)
                    .inSeries(11L, 2)
                    .onPrintPage(13L)
                    .build());

            article.unpublish(by(CHIEF, LATER), "事实有误");

            assertThat(article.takeEvents())
                    .containsExactly(new ArticleUnpublished(ID, 7L, 11L, 13L, "事实有误", CHIEF.login()));
        }

        @Test
        void unpublishingTrimsTheReasonAndTellsListenersTheSameReasonItKeeps() {
            Article article = givenPublished();

            article.unpublish(by(CHIEF, LATER), "  侵权投诉  ");

            assertThat(article.unpublishReason()).isEqualTo("侵权投诉");
            assertThat(article.takeEvents())
                    .singleElement()
                    .isInstanceOfSatisfying(
                            ArticleUnpublished.class,
                            e -> assertThat(e.reason())
                                    .as("ArticleUnpublished.reason must be the reason the article keeps (stripped); "
                                            + "Article.unpublish passes the raw argument to the event")
                                    .isEqualTo("侵权投诉"));
        }

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"", "   ", "\n\t"})
        void refusesToUnpublishWithoutAReasonAndStaysPublished(String reason) {
            Article article = givenPublished();
            Snapshot before = Snapshot.of(article);

            InvalidInputException e =
                    whenRefused(InvalidInputException.class, () -> article.unpublish(by(CHIEF, LATER), reason));

            assertThat(e).isNotInstanceOf(IllegalTransitionException.class);
            thenNamesExactly(e, "reason");
            assertThat(e.problems())
                    .extracting(FieldProblem::messageKey)
                    .containsExactly("article.unpublish.reason.required");
            thenUnchanged(article, before);
        }
    }

    @Nested
    class Unpublished {

        @Test
        void republishesKeepingTheFirstPublicTimeAndAddress() {
            Article article = givenUnpublished();

            article.publishDirectly(by(WIRE, MUCH_LATER), MUCH_LATER, SHANGHAI);

            assertThat(article.status()).isEqualTo(ArticleStatus.PUBLISHED);
            assertThat(article.publishedAt()).isEqualTo(EVENING_UTC);
            assertThat(article.urlDate()).isEqualTo(LocalDate.of(2025, 3, 18));
            assertThat(article.url()).isEqualTo("/news/2025/03/18/42.html");
            assertThat(article.updatedAt()).isEqualTo(MUCH_LATER);
        }

        @Test
        void republishingKeepsTheAddressEvenInAnotherTimeZone() {
            Article article = givenUnpublished();

            article.publishDirectly(by(WIRE, MUCH_LATER), MUCH_LATER, ZoneOffset.UTC);

            assertThat(article.url()).isEqualTo("/news/2025/03/18/42.html");
        }

        @Test
        void republishingForgetsTheTakeDownReasonAndRecordsArticlePublished() {
            Article article = givenUnpublished();

            article.publishDirectly(by(WIRE, MUCH_LATER), MUCH_LATER, SHANGHAI);

            assertThat(article.unpublishReason()).isNull();
            assertThat(article.takeEvents())
                    .containsExactly(new ArticlePublished(ID, NEWS_CHANNEL, null, null, WIRE.login()));
        }

        @Test
        void refusesToUnpublishAgainAndStaysUnchanged() {
            Article article = givenUnpublished();
            Snapshot before = Snapshot.of(article);

            IllegalTransitionException e = whenRefused(
                    IllegalTransitionException.class, () -> article.unpublish(by(CHIEF, MUCH_LATER), "再撤一次"));

            thenIllegalTransition(e, ArticleStatus.UNPUBLISHED, "unpublish");
            thenUnchanged(article, before);
        }

        @Test
        void refusesToRepublishContentThatNoLongerMeetsThePublishingRules() {
            Article article = givenUnpublished();
            article.save(anArticleContent().withoutResponsibleEditor().build(), by(EDITOR, LATER));
            article.takeEvents();
            Snapshot before = Snapshot.of(article);

            InvalidInputException e = whenRefused(
                    InvalidInputException.class,
                    () -> article.publishDirectly(by(WIRE, MUCH_LATER), MUCH_LATER, SHANGHAI));

            thenNamesExactly(e, "responsibleEditor");
            thenUnchanged(article, before);
        }
    }
}
