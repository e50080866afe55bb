package com.masthead.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.masthead.audit.ChainVerification.Problem;
import com.masthead.support.ContentFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataAccessException;

/**
 * The chain on a real database: entries commit and roll back with the change they describe, concurrent appenders
 * never fork the chain, the database refuses changes, and tampering by someone who bypasses that is found at the
 * right entry. Tamper tests put every row back afterwards, because all tests on one database share it.
 */
interface AuditChainContract extends AuditTestAccess {

    /** Removes the append-only triggers, as someone with database access would before tampering. */
    void disableAppendOnlyGuard();

    /** Puts the append-only triggers back. */
    void enableAppendOnlyGuard();

    @Test
    default void anEventPublishedInACommittedTransactionIsRecordedAndChained() {
        String subject = ContentFixtures.unique("article");
        long headBefore = bean(AuditLog.class).head().seq();

        inTransaction(() -> publish(new TestNoteRecorded("林编辑", subject, "初审通过 → 复审")));

        AuditEntry entry = entryFor(subject);
        assertThat(entry.seq()).isGreaterThan(headBefore);
        assertThat(entry.actor()).isEqualTo("林编辑");
        assertThat(entry.action()).isEqualTo(TestNoteRecorded.ACTION);
        assertThat(entry.detail()).isEqualTo("初审通过 → 复审");
        assertThat(entry.address()).as("no request, no address").isNull();
        assertThat(entry.hash())
                .isEqualTo(AuditHash.of(entry))
                .isEqualTo(bean(AuditLog.class).head().hash());
        assertThat(bean(AuditChainVerifier.class).verify().ok()).isTrue();
    }

    @Test
    default void aRolledBackTransactionLeavesNoEntryAndNoGap() {
        String rolledBack = ContentFixtures.unique("article");
        long headBefore = bean(AuditLog.class).head().seq();

        assertThatThrownBy(() -> inTransaction(() -> {
                    publish(new TestNoteRecorded("reporter", rolledBack, "submitted"));
                    throw new IllegalStateException("the change itself failed after the event");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(bean(AuditLog.class).head().seq()).isEqualTo(headBefore);
        assertThat(entries(rolledBack)).isEmpty();
        String next = ContentFixtures.unique("article");
        inTransaction(() -> publish(new TestNoteRecorded("reporter", next, "submitted")));
        assertThat(entryFor(next).seq()).isEqualTo(headBefore + 1);
        assertThat(bean(AuditChainVerifier.class).verify().ok()).isTrue();
    }

    @Test
    default void concurrentTransactionsAppendToOneUnbrokenChain() throws Exception {
        String subject = ContentFixtures.unique("burst");
        int threads = 4;
        int perThread = 25;
        long headBefore = bean(AuditLog.class).head().seq();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        String detail = "thread " + thread + " #" + i;
                        inTransaction(() -> publish(new TestNoteRecorded("writer-" + thread, subject, detail)));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        List<Long> seqs = jdbc().sql("select seq from audit_entry where subject = :s order by seq")
                .param("s", subject)
                .query(Long.class)
                .list();
        assertThat(seqs).hasSize(threads * perThread).doesNotHaveDuplicates();
        assertThat(bean(AuditLog.class).head().seq()).isGreaterThanOrEqualTo(headBefore + threads * perThread);
        ChainVerification verification = bean(AuditChainVerifier.class).verify();
        assertThat(verification.ok()).as(verification.describe()).isTrue();
        assertThat(verification.lastSeq()).isGreaterThanOrEqualTo(seqs.get(seqs.size() - 1));
    }

    @Test
    default void theDatabaseRefusesToChangeOrRemoveAnEntry() {
        AuditEntry entry = record("kept as written");

        assertThatThrownBy(() -> jdbc().sql("update audit_entry set detail = 'rewritten' where seq = :seq")
                        .param("seq", entry.seq())
                        .update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc().sql("delete from audit_entry where seq = :seq")
                        .param("seq", entry.seq())
                        .update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThat(entryFor(entry.subject())).isEqualTo(entry);
    }

    @Test
    default void aChangedDetailIsFoundAtThatEntry() {
        AuditEntry target = record("unpublished: legal request");
        record("a later entry");
        try {
            tamperWith("update audit_entry set detail = 'unpublished: typo' where seq = :seq", target.seq());

            ChainVerification result = bean(AuditChainVerifier.class).verify();

            assertThat(result.ok()).isFalse();
            assertThat(result.brokenSeq()).isEqualTo(target.seq());
            assertThat(result.problem()).isEqualTo(Problem.HASH_MISMATCH);
            assertThat(result.checked()).isEqualTo(target.seq() - 1);
        } finally {
            putBack(target);
        }
        assertThat(bean(AuditChainVerifier.class).verify().ok()).isTrue();
    }

    @Test
    default void aDeletedEntryIsFoundAsAGap() {
        AuditEntry target = record("role changed: REPORTER → ADMIN");
        record("a later entry");
        try {
            tamperWith("delete from audit_entry where seq = :seq", target.seq());

            ChainVerification result = bean(AuditChainVerifier.class).verify();

            assertThat(result.ok()).isFalse();
            assertThat(result.brokenSeq()).isEqualTo(target.seq());
            assertThat(result.problem()).isEqualTo(Problem.GAP);
        } finally {
            putBack(target);
        }
        assertThat(bean(AuditChainVerifier.class).verify().ok()).isTrue();
    }

    @Test
    default void aChangedAndReHashedEntryIsFoundByTheNextEntrysLink() {
        AuditEntry target = record("published");
        AuditEntry next = record("a later entry");
        AuditEntry forged = new AuditEntry(
                target.seq(),
                target.occurredAt(),
                "someone-else",
                target.action(),
                target.subject(),
                target.detail(),
                target.address(),
                target.prevHash(),
                "");
        try {
            disableAppendOnlyGuard();
            jdbc().sql("update audit_entry set actor = :actor, hash = :hash where seq = :seq")
                    .param("actor", forged.actor())
                    .param("hash", AuditHash.of(forged))
                    .param("seq", target.seq())
                    .update();

            ChainVerification result = bean(AuditChainVerifier.class).verify();

            assertThat(result.ok()).isFalse();
            assertThat(result.brokenSeq()).isEqualTo(next.seq());
            assertThat(result.problem()).isEqualTo(Problem.PREV_HASH_MISMATCH);
        } finally {
            putBack(target);
        }
        assertThat(bean(AuditChainVerifier.class).verify().ok()).isTrue();
    }

    @Test
    default void aRemovedNewestEntryIsFoundAgainstTheHeadRow() {
        AuditEntry newest = record("the newest entry");
        try {
            tamperWith("delete from audit_entry where seq = :seq", newest.seq());

            ChainVerification result = bean(AuditChainVerifier.class).verify();

            assertThat(result.ok()).isFalse();
            assertThat(result.brokenSeq()).isEqualTo(newest.seq());
            assertThat(result.problem()).isEqualTo(Problem.MISSING_TAIL);
        } finally {
            putBack(newest);
        }
        assertThat(bean(AuditChainVerifier.class).verify().ok()).isTrue();
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    default void theDailyAnchorLogsTheHead(CapturedOutput output) {
        AuditEntry newest = record("the head to anchor");

        bean(AuditHeadAnchor.class).logHead();

        assertThat(output.getOut())
                .contains("masthead.audit.anchor")
                .contains("audit chain head seq=" + newest.seq() + " hash=" + newest.hash());
    }

    default void tamperWith(String sql, long seq) {
        disableAppendOnlyGuard();
        try {
            assertThat(jdbc().sql(sql).param("seq", seq).update()).isEqualTo(1);
        } finally {
            enableAppendOnlyGuard();
        }
    }

    /** Restores an entry exactly as it was recorded, guard off and on again. */
    default void putBack(AuditEntry e) {
        disableAppendOnlyGuard();
        try {
            jdbc().sql("delete from audit_entry where seq = :seq")
                    .param("seq", e.seq())
                    .update();
            new AuditEntryRepository(jdbc()).insert(e);
        } finally {
            enableAppendOnlyGuard();
        }
    }
}
