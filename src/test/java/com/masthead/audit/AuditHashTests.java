package com.masthead.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class AuditHashTests {

    private static final String PREV = "ab".repeat(32);

    @Test
    void hashesTheDocumentedLengthPrefixedEncoding() throws Exception {
        AuditDraft draft = new AuditDraft("王编辑", "article.published", "article:42", "", null);

        String expectedInput = "17:masthead-audit-v1" + "2:42" + "13:1700000000000" + "9:王编辑" + "17:article.published"
                + "10:article:42" + "0:" + "-:" + "64:" + PREV;
        String expected = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(expectedInput.getBytes(StandardCharsets.UTF_8)));

        assertThat(AuditHash.of(42, 1_700_000_000_000L, draft, PREV)).isEqualTo(expected);
    }

    @Test
    void movingCharactersBetweenFieldsChangesTheHash() {
        String original = AuditHash.of(1, 5, new AuditDraft("ab", "c.d", "s", "x", null), PREV);

        assertThat(AuditHash.of(1, 5, new AuditDraft("a", "bc.d", "s", "x", null), PREV))
                .isNotEqualTo(original);
        assertThat(AuditHash.of(1, 5, new AuditDraft("ab", "c.", "ds", "x", null), PREV))
                .isNotEqualTo(original);
        assertThat(AuditHash.of(1, 5, new AuditDraft("ab", "c.d", "", "sx", null), PREV))
                .isNotEqualTo(original);
        // the numbers too: seq 12 at 3 is not seq 1 at 23
        assertThat(AuditHash.of(12, 3, new AuditDraft("a", "b", "c", "d", null), PREV))
                .isNotEqualTo(AuditHash.of(1, 23, new AuditDraft("a", "b", "c", "d", null), PREV));
    }

    @Test
    void noAddressAndAnEmptyAddressHashDifferently() {
        byte[] none = AuditHash.canonical(1, 5, "a", "b", "c", "d", null, PREV);
        byte[] empty = AuditHash.canonical(1, 5, "a", "b", "c", "d", "", PREV);

        assertThat(none).isNotEqualTo(empty);
    }

    @Test
    void everyFieldAndThePreviousHashAreCovered() {
        AuditDraft draft = new AuditDraft("actor", "act.ion", "subject", "detail", "192.0.2.1");
        String hash = AuditHash.of(7, 99, draft, PREV);
        AuditEntry entry = new AuditEntry(
                7, Instant.ofEpochMilli(99), "actor", "act.ion", "subject", "detail", "192.0.2.1", PREV, hash);

        assertThat(AuditHash.of(entry)).isEqualTo(hash).matches("[0-9a-f]{64}");
        assertThat(AuditHash.of(withPrev(entry, AuditHash.GENESIS))).isNotEqualTo(hash);
        assertThat(AuditHash.of(new AuditEntry(
                        7,
                        Instant.ofEpochMilli(100),
                        "actor",
                        "act.ion",
                        "subject",
                        "detail",
                        "192.0.2.1",
                        PREV,
                        hash)))
                .isNotEqualTo(hash);
        assertThat(AuditHash.of(new AuditEntry(
                        7, Instant.ofEpochMilli(99), "actor", "act.ion", "subject", "detail", "192.0.2.2", PREV, hash)))
                .isNotEqualTo(hash);
    }

    private static AuditEntry withPrev(AuditEntry e, String prev) {
        return new AuditEntry(
                e.seq(), e.occurredAt(), e.actor(), e.action(), e.subject(), e.detail(), e.address(), prev, e.hash());
    }
}
