package com.masthead.article;

import static com.masthead.article.ArticleContentBuilder.NEWS_CHANNEL;
import static com.masthead.article.ArticleContentBuilder.anArticleContent;
import static com.masthead.article.ArticleContentBuilder.anOriginal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.masthead.shared.FieldProblem;
import com.masthead.shared.InvalidInputException;
import com.masthead.staff.StaffMember;
import com.masthead.staff.StaffRole;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleTests {

    private static final long ID = 42L;
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant CREATED = Instant.parse("2025-03-17T01:00:00Z");
    /** 20:00 UTC on the 17th is already 04:00 on the 18th in Shanghai. */
    private static final Instant EVENING_UTC = Instant.parse("2025-03-17T20:00:00Z");

    private static final Instant NOW = Instant.parse("2025-03-17T20:05:00Z");
    private static final Instant LATER = Instant.parse("2025-03-19T09:30:00Z");
    private static final Instant MUCH_LATER = Instant.parse("2025-04-02T06:00:00Z");

    private static final StaffMember WIRE =
            new StaffMember("api:wire", "wire", Set.of(StaffRole.EDITOR_IN_CHIEF), Set.of());
    private static final StaffMember CHIEF =
            new StaffMember("chief", "总编辑", Set.of(StaffRole.EDITOR_IN_CHIEF), Set.of());
    private static final StaffMember EDITOR = new StaffMember("editor", "编辑", Set.of(StaffRole.EDITOR), Set.of());

    @Nested
    class Draft {

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
        @MethodSource("com.masthead.article.ArticleTests#reprintsMissingOnePart")
        void refusesToPublishAReprintMissingAPartOfItsOriginal(OriginalSource original, String field, String key) {
            Article article = givenDraft(
                    anArticleContent().reprint().withOriginal(original).build());
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

    @Nested
    class Revising {

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

    static Stream<Arguments> reprintsMissingOnePart() {
        OriginalSource full = anOriginal();
        return Stream.of(null, "", "  ")
                .flatMap(blank -> Stream.of(
                        Arguments.of(
                                new OriginalSource(blank, full.author(), full.title(), full.url()),
                                "original.outlet",
                                "article.reprint.outlet.required"),
                        Arguments.of(
                                new OriginalSource(full.outlet(), blank, full.title(), full.url()),
                                "original.author",
                                "article.reprint.author.required"),
                        Arguments.of(
                                new OriginalSource(full.outlet(), full.author(), blank, full.url()),
                                "original.title",
                                "article.reprint.title.required"),
                        Arguments.of(
                                new OriginalSource(full.outlet(), full.author(), full.title(), blank),
                                "original.url",
                                "article.reprint.url.required")));
    }

    private static Article givenDraft() {
        return givenDraft(anArticleContent().build());
    }

    private static Article givenDraft(ArticleContent content) {
        return StoredArticles.draft(ID, content, "reporter", CREATED);
    }

    private static Article givenPublished() {
        return givenPublished(anArticleContent().build());
    }

    /** Published at {@link #EVENING_UTC}, so its address carries the Shanghai date 2025-03-18. */
    private static Article givenPublished(ArticleContent content) {
        Article article = givenDraft(content);
        article.publishDirectly(by(WIRE, NOW), EVENING_UTC, SHANGHAI);
        article.takeEvents();
        return article;
    }

    private static Article givenUnpublished() {
        Article article = givenPublished();
        article.unpublish(by(CHIEF, LATER), "事实有误");
        article.takeEvents();
        return article;
    }

    private static <T extends Throwable> T whenRefused(Class<T> type, ThrowingCallable transition) {
        T thrown = catchThrowableOfType(type, transition);
        assertThat(thrown).as("expected %s", type.getSimpleName()).isNotNull();
        return thrown;
    }

    private static void thenIllegalTransition(IllegalTransitionException e, ArticleStatus from, String action) {
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("status");
            assertThat(p.messageKey()).isEqualTo("article.transition.illegal");
            assertThat(p.arguments()).containsExactly(from, action);
        });
    }

    private static void thenNamesExactly(InvalidInputException e, String... fields) {
        assertThat(e.problems()).extracting(FieldProblem::field).containsExactly(fields);
    }

    private static void thenUnchanged(Article article, Snapshot before) {
        assertThat(Snapshot.of(article)).isEqualTo(before);
        assertThat(article.takeEvents())
                .as("no event recorded by a refused transition")
                .isEmpty();
    }

    /** Everything observable about an article, to show that a refused transition changed nothing. */
    private record Snapshot(
            ArticleContent content,
            ArticleStatus status,
            Instant updatedAt,
            Instant publishedAt,
            LocalDate urlDate,
            String url,
            String unpublishReason,
            int version) {

        static Snapshot of(Article a) {
            return new Snapshot(
                    a.content(),
                    a.status(),
                    a.updatedAt(),
                    a.publishedAt(),
                    a.urlDate(),
                    a.url(),
                    a.unpublishReason(),
                    a.version());
        }
    }

    private static Signature by(StaffMember member, Instant at) {
        return new Signature(member, at);
    }
}
