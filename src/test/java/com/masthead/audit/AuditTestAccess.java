package com.masthead.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.shared.PageRequest;
import com.masthead.support.ContentFixtures;
import com.masthead.support.SiteClient;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the audit contracts need besides HTTP: beans of the running application, the event publisher, and helpers
 * that record test events in transactions and read entries back.
 */
interface AuditTestAccess extends SiteClient {

    <T> T bean(Class<T> type);

    /** The application context as event publisher (it is not a bean of its own). */
    ApplicationEventPublisher events();

    /** Records a test event about a new subject in its own transaction and returns the entry. */
    default AuditEntry record(String detail) {
        String subject = ContentFixtures.unique("article");
        inTransaction(() -> publish(new TestNoteRecorded("admin", subject, detail)));
        return entryFor(subject);
    }

    default void publish(Object event) {
        events().publishEvent(event);
    }

    default void inTransaction(Runnable work) {
        new TransactionTemplate(bean(PlatformTransactionManager.class)).executeWithoutResult(status -> work.run());
    }

    default JdbcClient jdbc() {
        return bean(JdbcClient.class);
    }

    default List<AuditEntry> entries(String subject) {
        return bean(AuditLog.class)
                .search(new AuditFilter(null, null, subject, null, null, null), new PageRequest(1, 100))
                .items();
    }

    default AuditEntry entryFor(String subject) {
        List<AuditEntry> found = entries(subject);
        assertThat(found).as("entries about %s", subject).hasSize(1);
        return found.get(0);
    }
}
