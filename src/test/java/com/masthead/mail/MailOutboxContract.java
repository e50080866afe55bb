package com.masthead.mail;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.masthead.shared.PageRequest;
import com.masthead.staff.StaffRole;
import com.masthead.ticket.MailServer;
import com.masthead.ticket.MutableClock;
import com.masthead.ticket.TicketFixtures;
import com.masthead.ticket.TicketSiteClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox: mail leaves only when the change that queued it commits, survives SMTP failures with retries, and
 * ends as failed (with its error, for operators) when the server keeps refusing.
 */
interface MailOutboxContract extends TicketSiteClient {

    MailOutbox outbox();

    MailOutboxRepository repository();

    TransactionTemplate transaction();

    @Test
    default void mailQueuedInACommittedChangeIsDelivered() {
        String to = TicketFixtures.uniqueEmail();

        transaction()
                .executeWithoutResult(status -> outbox().enqueue(new OutgoingMail(to, "提交后发送\n第二行", "正文 𠀀😀", "T-1")));

        var delivered = MailServer.await(to, "提交后发送");
        assertThat(MailServer.subject(delivered)).isEqualTo("提交后发送 第二行");
        assertThat(MailServer.text(delivered)).contains("正文 𠀀😀");
    }

    @Test
    default void aRolledBackChangeSendsNothing() {
        String to = TicketFixtures.uniqueEmail();
        long before = countRows("mail_outbox");

        try {
            transaction().executeWithoutResult(status -> {
                outbox().enqueue(new OutgoingMail(to, "回滚", "不应发出", "T-2"));
                throw new IllegalStateException("the change fails after queueing its mail");
            });
        } catch (IllegalStateException expected) {
            // the point of the test
        }
        String control = TicketFixtures.uniqueEmail();
        transaction().executeWithoutResult(status -> outbox().enqueue(new OutgoingMail(control, "对照", "发出", "T-3")));

        MailServer.await(control, "对照");
        assertThat(MailServer.to(to)).isEmpty();
        assertThat(countRows("mail_outbox")).isEqualTo(before + 1);
    }

    @Test
    default void anUnreachableServerIsRetriedWithGrowingPausesThenGivenUpAndReported() {
        // A dispatcher of its own for a mail dated ten years ahead, which the application's dispatcher never finds due.
        MutableClock future = new MutableClock(clock().instant().plus(Duration.ofDays(3650)));
        JavaMailSenderImpl unreachable = new JavaMailSenderImpl();
        unreachable.setHost("127.0.0.1");
        unreachable.setPort(1);
        MailDispatcher dispatcher = new MailDispatcher(
                repository(),
                new StaticListableBeanFactory(Map.of("smtp", unreachable)).getBeanProvider(JavaMailSender.class),
                new MailProperties(
                        "newsroom@masthead.test", "desk@masthead.test", null, 3, Duration.ofMinutes(1), 10, 0),
                future);
        long id = repository().insert(new OutgoingMail("nobody@example.org", "无法送达", "正文", "T-4"), future.millis());

        assertThat(dispatcher.deliver(repository().find(id).orElseThrow())).isFalse();
        QueuedMail afterOne = repository().find(id).orElseThrow();
        future.advance(Duration.ofMinutes(1));
        dispatcher.deliver(afterOne);
        QueuedMail afterTwo = repository().find(id).orElseThrow();
        future.advance(Duration.ofMinutes(2));
        dispatcher.deliver(afterTwo);
        QueuedMail failed = repository().find(id).orElseThrow();

        assertThat(afterOne.status()).isEqualTo(MailStatus.PENDING);
        assertThat(afterOne.attempts()).isEqualTo(1);
        assertThat(afterOne.nextAttemptAt())
                .isEqualTo(Instant.ofEpochMilli(future.millis()).minus(Duration.ofMinutes(2)));
        assertThat(afterTwo.attempts()).isEqualTo(2);
        assertThat(afterTwo.nextAttemptAt()).isEqualTo(Instant.ofEpochMilli(future.millis()));
        assertThat(failed.status()).isEqualTo(MailStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(3);
        assertThat(failed.lastError()).isNotBlank();
        assertThat(outbox().list(MailStatus.FAILED, new PageRequest(1, 100)).items())
                .extracting(QueuedMail::id)
                .contains(id);
        assertThat(api("GET", "/api/v1/mail/outbox?status=FAILED").json().findValuesAsString("subject"))
                .contains("无法送达");
        assertThat(api("GET", "/api/v1/mail/outbox")
                        .as(StaffRole.EDITOR_IN_CHIEF)
                        .send()
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    default void sendingNowTakesTheRealPathAndReportsARefusalAtOnceWithItsReasonAndNoRetries() {
        MutableClock future = new MutableClock(clock().instant().plus(Duration.ofDays(3650)));
        JavaMailSenderImpl unreachable = new JavaMailSenderImpl();
        unreachable.setHost("127.0.0.1");
        unreachable.setPort(1);
        MailProperties properties = new MailProperties(
                "newsroom@masthead.test", "desk@masthead.test", null, 3, Duration.ofMinutes(1), 10, 0);
        MailOutbox refusing = new MailOutbox(
                repository(),
                new MailDispatcher(
                        repository(),
                        new StaticListableBeanFactory(Map.of("smtp", unreachable))
                                .getBeanProvider(JavaMailSender.class),
                        properties,
                        future),
                properties,
                future);

        QueuedMail failed = refusing.sendNow(new OutgoingMail("nobody@example.org", "测试邮件", "正文", "setup"));

        assertThat(failed.status()).isEqualTo(MailStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).contains("127.0.0.1").containsIgnoringCase("connect");

        String to = TicketFixtures.uniqueEmail();
        QueuedMail sent = outbox().sendNow(new OutgoingMail(to, "立即发送", "正文 𠀀", "setup"));
        assertThat(sent.status()).isEqualTo(MailStatus.SENT);
        assertThat(MailServer.to(to)).hasSize(1);
    }

    @Test
    default void withoutAnSmtpServerMailIsLoggedAndCountsAsSent() {
        MutableClock future = new MutableClock(clock().instant().plus(Duration.ofDays(3650)));
        MailDispatcher dispatcher = new MailDispatcher(
                repository(),
                new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class),
                new MailProperties(null, null, null, 0, null, 0, 0),
                future);
        long id = repository().insert(new OutgoingMail("demo@example.org", "演示", "正文", "T-5"), future.millis());

        assertThat(dispatcher.deliver(repository().find(id).orElseThrow())).isTrue();

        assertThat(repository().find(id).orElseThrow().status()).isEqualTo(MailStatus.SENT);
    }

    @Test
    default void withoutAnSmtpServerOnlyRecipientSubjectAndIdAreLoggedNeverTheBody() {
        MutableClock future = new MutableClock(clock().instant().plus(Duration.ofDays(3650)));
        MailDispatcher dispatcher = new MailDispatcher(
                repository(),
                new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class),
                new MailProperties(null, null, null, 0, null, 0, 0),
                future);
        long id = repository()
                .insert(
                        new OutgoingMail("log@example.org", "日志主题", "读者电话 0571-8765 4321，邮箱 reader@example.org", "T-7"),
                        future.millis());
        Logger logger = (Logger) LoggerFactory.getLogger(MailDispatcher.class);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        logger.addAppender(logged);
        try {
            dispatcher.deliver(repository().find(id).orElseThrow());
        } finally {
            logger.detachAppender(logged);
        }

        assertThat(logged.list)
                .filteredOn(event -> event.getFormattedMessage().contains("log@example.org"))
                .singleElement()
                .satisfies(event -> assertThat(event.getFormattedMessage())
                        .contains("日志主题", String.valueOf(id))
                        .doesNotContain("0571-8765 4321", "reader@example.org"));
    }

    @Test
    default void mailOverTheHourlyCapWaitsInTheOutboxAndLeavesInTheNextHour() {
        // A dispatcher of its own, twenty years ahead, where no other test's mail is sent or due.
        MutableClock future = new MutableClock(clock().instant().plus(Duration.ofDays(7300)));
        MailDispatcher dispatcher = new MailDispatcher(
                repository(),
                new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class),
                new MailProperties(null, null, null, 0, null, 0, 2),
                future);
        long first = repository().insert(new OutgoingMail("cap1@example.org", "上限一", "正文", "T-8"), future.millis());
        long second = repository().insert(new OutgoingMail("cap2@example.org", "上限二", "正文", "T-9"), future.millis());
        long third = repository().insert(new OutgoingMail("cap3@example.org", "上限三", "正文", "T-10"), future.millis());

        int sentNow = dispatcher.drain();
        future.advance(Duration.ofMinutes(59));
        int sentWithinTheHour = dispatcher.drain();
        QueuedMail waiting = repository().find(third).orElseThrow();
        future.advance(Duration.ofMinutes(2));
        int sentNextHour = dispatcher.drain();

        assertThat(sentNow).isEqualTo(2);
        assertThat(sentWithinTheHour).isZero();
        assertThat(waiting.status()).isEqualTo(MailStatus.PENDING);
        assertThat(waiting.attempts()).isZero();
        assertThat(sentNextHour).isEqualTo(1);
        assertThat(List.of(first, second, third))
                .allSatisfy(id ->
                        assertThat(repository().find(id).orElseThrow().status()).isEqualTo(MailStatus.SENT));
    }

    @Test
    default void aFailedMailCanBeRetriedByAnAdministrator() {
        MutableClock future = new MutableClock(clock().instant().plus(Duration.ofDays(3650)));
        long id =
                repository().insert(new OutgoingMail(TicketFixtures.uniqueEmail(), "重试", "正文", "T-6"), future.millis());
        repository().markFailed(id, "550 mailbox unavailable");

        var retried = api("POST", "/api/v1/mail/outbox/" + id + "/retry").json();
        var again = api("POST", "/api/v1/mail/outbox/" + id + "/retry").send();

        assertThat(retried.get("status").asString()).isIn("PENDING", "SENT");
        assertThat(again.statusCode()).isEqualTo(404);
        assertThat(api("POST", "/api/v1/mail/outbox/" + id + "/retry")
                        .as(StaffRole.MODERATOR)
                        .send()
                        .statusCode())
                .isEqualTo(403);
    }
}
