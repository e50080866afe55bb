package com.masthead.article;

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
import java.util.Set;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.provider.Arguments;

/** The articles, people and moments the article aggregate's tests share, and their given/then helpers. */
final class ArticleFixtures {

    private ArticleFixtures() {}

    static final long ID = 42L;
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Instant CREATED = Instant.parse("2025-03-17T01:00:00Z");
    /** 20:00 UTC on the 17th is already 04:00 on the 18th in Shanghai. */
    static final Instant EVENING_UTC = Instant.parse("2025-03-17T20:00:00Z");

    static final Instant NOW = Instant.parse("2025-03-17T20:05:00Z");
    static final Instant LATER = Instant.parse("2025-03-19T09:30:00Z");
    static final Instant MUCH_LATER = Instant.parse("2025-04-02T06:00:00Z");

    static final StaffMember WIRE = new StaffMember("api:wire", "wire", Set.of(StaffRole.EDITOR_IN_CHIEF), Set.of());
    static final StaffMember CHIEF = new StaffMember("chief", "总编辑", Set.of(StaffRole.EDITOR_IN_CHIEF), Set.of());
    static final StaffMember EDITOR = new StaffMember("editor", "编辑", Set.of(StaffRole.EDITOR), Set.of());

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

    static Article givenDraft() {
        return givenDraft(anArticleContent().build());
    }

    static Article givenDraft(ArticleContent content) {
        return StoredArticles.draft(ID, content, "reporter", CREATED);
    }

    static Article givenPublished() {
        return givenPublished(anArticleContent().build());
    }

    /** Published at {@link #EVENING_UTC}, so its address carries the Shanghai date 2025-03-18. */
    static Article givenPublished(ArticleContent content) {
        Article article = givenDraft(content);
        article.publishDirectly(by(WIRE, NOW), EVENING_UTC, SHANGHAI);
        article.takeEvents();
        return article;
    }

    static Article givenUnpublished() {
        Article article = givenPublished();
        article.unpublish(by(CHIEF, LATER), "事实有误");
        article.takeEvents();
        return article;
    }

    static <T extends Throwable> T whenRefused(Class<T> type, ThrowingCallable transition) {
        T thrown = catchThrowableOfType(type, transition);
        assertThat(thrown).as("expected %s", type.getSimpleName()).isNotNull();
        return thrown;
    }

    static void thenIllegalTransition(IllegalTransitionException e, ArticleStatus from, String action) {
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("status");
            assertThat(p.messageKey()).isEqualTo("article.transition.illegal");
            assertThat(p.arguments()).containsExactly(from, action);
        });
    }

    static void thenNamesExactly(InvalidInputException e, String... fields) {
        assertThat(e.problems()).extracting(FieldProblem::field).containsExactly(fields);
    }

    static void thenUnchanged(Article article, Snapshot before) {
        assertThat(Snapshot.of(article)).isEqualTo(before);
        assertThat(article.takeEvents())
                .as("no event recorded by a refused transition")
                .isEmpty();
    }

    /** Everything observable about an article, to show that a refused transition changed nothing. */
    record Snapshot(
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

    static Signature by(StaffMember member, Instant at) {
        return new Signature(member, at);
    }
}
