package com.masthead.article;

import static com.masthead.article.ArticleContentBuilder.NEWS_CHANNEL;
import static com.masthead.article.ArticleContentBuilder.anArticleContent;
import static com.masthead.article.ArticleFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.shared.FieldProblem;
import com.masthead.shared.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A new article: creating, saving and the rules a draft is checked against before it may go live. */
class ArticleDraftTests {

    @Test
    void startsAsAnUnpublishedDraftWithoutAddress() {
        Article article = givenDraft();

        assertThat(article.status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(article.isPublished()).isFalse();
        assertThat(article.createdAt()).isEqualTo(CREATED);
        assertThat(article.updatedAt()).isEqualTo(CREATED);
        assertThat(article.publishedAt()).isNull();
        assertThat(article.urlDate()).isNull();
        assertThat(article.url()).isNull();
        assertThat(article.version()).isZero();
        assertThat(article.takeEvents()).isEmpty();
    }

    @Test
    void publishesAndFixesPublicTimeAndAddress() {
        Article article = givenDraft();
        Instant at = Instant.parse("2025-03-17T02:00:00Z");

        article.publishDirectly(by(WIRE, NOW), at, SHANGHAI);

        assertThat(article.status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(article.isPublished()).isTrue();
        assertThat(article.publishedAt()).isEqualTo(at);
        assertThat(article.updatedAt()).isEqualTo(NOW);
        assertThat(article.urlDate()).isEqualTo(LocalDate.of(2025, 3, 17));
        assertThat(article.url()).isEqualTo("/news/2025/03/17/42.html");
        assertThat(article.unpublishReason()).isNull();
    }

    @Test
    void publishingRecordsArticlePublishedWithChannelSeriesAndPrintPage() {
        Article article = givenDraft(anArticleContent()
                .inChannel(7L)
                .inSeries(11L, 2)
                .onPrintPage(13L)
                .build());

        article.publishDirectly(by(WIRE, NOW), EVENING_UTC, SHANGHAI);

        assertThat(article.takeEvents()).containsExactly(new ArticlePublished(ID, 7L, 11L, 13L, WIRE.login()));
    }

    @Test
    void publishingOutsideSeriesAndPrintRecordsNullSeriesAndPage() {
        Article article = givenDraft();

        article.publishDirectly(by(WIRE, NOW), EVENING_UTC, SHANGHAI);

        assertThat(article.takeEvents())
                .containsExactly(new ArticlePublished(ID, NEWS_CHANNEL, null, null, WIRE.login()));
    }

    @Test
    void takesTheUrlDateFromTheSiteTimeZoneNotFromUtc() {
        Article article = givenDraft();

        article.publishDirectly(by(WIRE, NOW), EVENING_UTC, SHANGHAI);

        assertThat(article.urlDate()).isEqualTo(LocalDate.of(2025, 3, 18));
        assertThat(article.url()).isEqualTo("/news/2025/03/18/42.html");
    }

    @Test
    void takesTheUrlDateFromWhateverZoneItIsGiven() {
        Article article = givenDraft();

        article.publishDirectly(by(WIRE, NOW), EVENING_UTC, ZoneOffset.UTC);

        assertThat(article.urlDate()).isEqualTo(LocalDate.of(2025, 3, 17));
        assertThat(article.url()).isEqualTo("/news/2025/03/17/42.html");
    }

    @Test
    void padsMonthAndDayInTheAddress() {
        Article article = givenDraft();

        article.publishDirectly(by(WIRE, NOW), Instant.parse("2025-01-04T03:00:00Z"), SHANGHAI);

        assertThat(article.url()).isEqualTo("/news/2025/01/04/42.html");
    }

    @Test
    void refusesToUnpublishADraftAndStaysUnchanged() {
        Article article = givenDraft();
        Snapshot before = Snapshot.of(article);

        IllegalTransitionException e =
                whenRefused(IllegalTransitionException.class, () -> article.unpublish(by(CHIEF, NOW), "错误稿件"));

        thenIllegalTransition(e, ArticleStatus.DRAFT, "unpublish");
        thenUnchanged(article, before);
    }

    @Test
    void refusesToPublishWithoutResponsibleEditorNamingTheField() {
        Article article =
                givenDraft(anArticleContent().withoutResponsibleEditor().build());
        Snapshot before = Snapshot.of(article);

        InvalidInputException e = whenRefused(
                InvalidInputException.class, () -> article.publishDirectly(by(WIRE, NOW), EVENING_UTC, SHANGHAI));

        assertThat(e).isNotInstanceOf(IllegalTransitionException.class);
        thenNamesExactly(e, "responsibleEditor");
        assertThat(e.problems())
                .extracting(FieldProblem::messageKey)
                .containsExactly("article.responsible-editor.required");
        thenUnchanged(article, before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t\n"})
    void refusesToPublishWithABlankResponsibleEditor(String blank) {
        Article article =
                givenDraft(anArticleContent().withResponsibleEditor(blank).build());

        InvalidInputException e = whenRefused(
                InvalidInputException.class, () -> article.publishDirectly(by(WIRE, NOW), EVENING_UTC, SHANGHAI));

        thenNamesExactly(e, "responsibleEditor");
        assertThat(article.status()).isEqualTo(ArticleStatus.DRAFT);
    }

    @Test
    void publishesAReprintThatNamesItsOriginalInFull() {
        Article article = givenDraft(anArticleContent().reprint().build());

        article.publishDirectly(by(WIRE, NOW), EVENING_UTC, SHANGHAI);

        assertThat(article.status()).isEqualTo(ArticleStatus.PUBLISHED);
    }

    @ParameterizedTest(name = "{1} missing: {0}")
    @MethodSource("com.masthead.article.ArticleFixtures#reprintsMissingOnePart")
    void refusesToPublishAReprintMissingAPartOfItsOriginal(OriginalSource original, String field, String key) {
        Article article =
                givenDraft(anArticleContent().reprint().withOriginal(original).build());
        Snapshot before = Snapshot.of(article);

        InvalidInputException e = whenRefused(
                InvalidInputException.class, () -> article.publishDirectly(by(WIRE, NOW), EVENING_UTC, SHANGHAI));

        thenNamesExactly(e, field);
        assertThat(e.problems()).extracting(FieldProblem::messageKey).containsExactly(key);
        thenUnchanged(article, before);
    }

    @Test
    void refusesToPublishAReprintWithoutOriginalNamingAllFourFields() {
        Article article =
                givenDraft(anArticleContent().reprint().withoutOriginal().build());

        InvalidInputException e = whenRefused(
                InvalidInputException.class, () -> article.publishDirectly(by(WIRE, NOW), EVENING_UTC, SHANGHAI));

        thenNamesExactly(e, "original.outlet", "original.author", "original.title", "original.url");
    }

    @Test
    void namesEveryMissingFieldAtOnce() {
        Article article = givenDraft(anArticleContent()
                .reprint()
                .withoutOriginal()
                .withoutResponsibleEditor()
                .build());

        InvalidInputException e = whenRefused(
                InvalidInputException.class, () -> article.publishDirectly(by(WIRE, NOW), EVENING_UTC, SHANGHAI));

        thenNamesExactly(
                e, "responsibleEditor", "original.outlet", "original.author", "original.title", "original.url");
    }

    @Test
    void publishesAnOriginalArticleWithoutAnyOriginalSource() {
        Article article = givenDraft(anArticleContent().withoutOriginal().build());

        article.publishDirectly(by(WIRE, NOW), EVENING_UTC, SHANGHAI);

        assertThat(article.status()).isEqualTo(ArticleStatus.PUBLISHED);
    }
}
