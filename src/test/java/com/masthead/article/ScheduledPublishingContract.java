package com.masthead.article;

import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.staff.StaffMember;
import com.masthead.staff.StaffRole;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Scheduled publishing against a real database: a time missed while the server was down publishes at once, and
 * two scheduler instances racing over the same due articles publish each exactly once.
 */
public interface ScheduledPublishingContract {

    StaffMember REPORTER = new StaffMember("sched-reporter", "记者", Set.of(StaffRole.REPORTER), Set.of());
    StaffMember EDITOR = new StaffMember("sched-editor", "编辑", Set.of(StaffRole.EDITOR), Set.of());
    StaffMember CHIEF = new StaffMember("sched-chief", "主任", Set.of(StaffRole.SECTION_CHIEF), Set.of());
    StaffMember EIC = new StaffMember("sched-eic", "总编", Set.of(StaffRole.EDITOR_IN_CHIEF), Set.of());

    ArticleEditing editing();

    JdbcClient jdbc();

    Clock clock();

    long channelId();

    @Test
    default void aScheduleMissedWhileTheServerWasDownPublishesAtOnceOnStart() {
        long id = scheduledInTheFuture("错过的定时稿件");
        setScheduledAt(id, clock().instant().minusSeconds(3600));

        int published = new ScheduledPublishing(editing(), new ArticleRepository(jdbc()), clock()).publishDue();

        assertThat(published).isGreaterThanOrEqualTo(1);
        assertThat(state(id)).isEqualTo("NONE");
        assertThat(status(id)).isEqualTo("PUBLISHED");
    }

    @Test
    default void aFutureScheduleIsLeftAlone() {
        long id = scheduledInTheFuture("未到时间的定时稿件");

        new ScheduledPublishing(editing(), new ArticleRepository(jdbc()), clock()).publishDue();

        assertThat(state(id)).isEqualTo("SCHEDULED");
    }

    @Test
    default void twoSchedulerInstancesRacingPublishEachArticleExactlyOnce() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            long id = scheduledInTheFuture("并发定时稿件 " + i);
            setScheduledAt(id, clock().instant().minusSeconds(5));
            ids.add(id);
        }
        ScheduledPublishing first = new ScheduledPublishing(editing(), new ArticleRepository(jdbc()), clock());
        ScheduledPublishing second = new ScheduledPublishing(editing(), new ArticleRepository(jdbc()), clock());
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> a = () -> {
                start.await();
                return first.publishDue();
            };
            Callable<Integer> b = () -> {
                start.await();
                return second.publishDue();
            };
            Future<Integer> fa = pool.submit(a);
            Future<Integer> fb = pool.submit(b);
            int total = fa.get() + fb.get();

            // The application's own poller is a third instance and may take some of them: never more than one each.
            assertThat(total).isLessThanOrEqualTo(ids.size()).isPositive();
        } finally {
            pool.shutdownNow();
        }
        for (long id : ids) {
            assertThat(status(id)).isEqualTo("PUBLISHED");
            assertThat(jdbc().sql(
                                    "select count(*) from article_review_step where article_id = ? and action = 'PUBLISHED'")
                            .param(id)
                            .query(Long.class)
                            .single())
                    .as("publications of article %s", id)
                    .isEqualTo(1);
        }
    }

    @Test
    default void cancellingAScheduleIsAuditedAsACancellationAndTheArticleIsHeldApproved() {
        long id = scheduledInTheFuture("取消定时的稿件");
        int version = jdbc().sql("select version from article where id = ?")
                .param(id)
                .query(Integer.class)
                .single();
        Instant at = Instant.ofEpochMilli(jdbc().sql("select scheduled_at from article where id = ?")
                .param(id)
                .query(Long.class)
                .single());

        Article held = editing().cancelSchedule(id, version, EIC);

        assertThat(held.reviewState()).isEqualTo(ReviewState.APPROVED);
        assertThat(held.scheduledAt()).isNull();
        assertThat(jdbc().sql("select action, detail from audit_entry where subject = ? order by seq")
                        .param("article:" + id)
                        .query((rs, n) -> rs.getString(1) + "|" + rs.getString(2))
                        .list())
                .last()
                .isEqualTo("article.schedule-cancelled|");
        // the column keeps milliseconds; the audit detail has the full instant
        assertThat(jdbc().sql("select detail from audit_entry where subject = ? and action = 'article.scheduled'")
                        .param("article:" + id)
                        .query(String.class)
                        .single())
                .contains(" at " + at.toString().replace("Z", ""));
    }

    @Test
    default void aNewArticleIsStoredWithItsFirstRevisionAndSavedStep() {
        long id = scheduledInTheFuture("新建稿件的第一版");

        assertThat(jdbc().sql("select count(*) from article_revision where article_id = ? and number = 1")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc().sql(
                                "select actor_login from article_review_step where article_id = ? and action = 'SAVED' and revision = 1")
                        .param(id)
                        .query(String.class)
                        .list())
                .containsExactly(REPORTER.login());
    }

    private long scheduledInTheFuture(String title) {
        ArticleContent content = new ArticleContent(
                channelId(),
                null,
                title,
                null,
                null,
                "<p>定时发布正文。</p>",
                null,
                RightsType.ORIGINAL,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                List.of());
        Article article = editing().create(content, REPORTER);
        article = editing().submit(article.id(), article.version(), REPORTER);
        article = editing().approve(article.id(), article.version(), Approval.plain(), EDITOR);
        article = editing().approve(article.id(), article.version(), Approval.plain(), CHIEF);
        Instant at = clock().instant().plusSeconds(86_400);
        article = editing().approve(article.id(), article.version(), new Approval(null, null, false, at), EIC);
        assertThat(article.reviewState()).isEqualTo(ReviewState.SCHEDULED);
        return article.id();
    }

    private void setScheduledAt(long id, Instant at) {
        jdbc().sql("update article set scheduled_at = ? where id = ?")
                .param(at.toEpochMilli())
                .param(id)
                .update();
    }

    private String state(long id) {
        return jdbc().sql("select review_state from article where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    private String status(long id) {
        return jdbc().sql("select status from article where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }
}
