package com.masthead.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.audit.ChainVerification.Problem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChainWalkTests {

    @Test
    void anIntactChainVerifies() {
        List<AuditEntry> chain = chainOf(5);

        ChainVerification result = walk(chain, headOf(chain), null);

        assertThat(result.ok()).isTrue();
        assertThat(result.checked()).isEqualTo(5);
        assertThat(result.lastHash()).isEqualTo(chain.get(4).hash());
    }

    @Test
    void anEmptyChainVerifies() {
        ChainVerification result = walk(List.of(), new ChainHead(0, AuditHash.GENESIS, null), null);

        assertThat(result.ok()).isTrue();
        assertThat(result.checked()).isZero();
    }

    @Test
    void aChangedFieldIsAHashMismatchAtThatEntry() {
        List<AuditEntry> chain = chainOf(5);
        ChainHead head = headOf(chain);
        chain.set(2, withDetail(chain.get(2), "changed"));

        thenBroken(walk(chain, head, null), 3, Problem.HASH_MISMATCH, 2);
    }

    @Test
    void aRemovedEntryIsAGap() {
        List<AuditEntry> chain = chainOf(5);
        ChainHead head = headOf(chain);
        chain.remove(1);

        thenBroken(walk(chain, head, null), 2, Problem.GAP, 1);
    }

    @Test
    void aRemovedFirstEntryIsAGapAtOne() {
        List<AuditEntry> chain = chainOf(3);
        ChainHead head = headOf(chain);
        chain.remove(0);

        thenBroken(walk(chain, head, null), 1, Problem.GAP, 0);
    }

    @Test
    void aChangedAndReHashedEntryBreaksTheNextLink() {
        List<AuditEntry> chain = chainOf(5);
        ChainHead head = headOf(chain);
        AuditEntry changed = withDetail(chain.get(2), "changed");
        chain.set(2, rehashed(changed));

        thenBroken(walk(chain, head, null), 4, Problem.PREV_HASH_MISMATCH, 3);
    }

    @Test
    void aShortenedChainIsAMissingTail() {
        List<AuditEntry> chain = chainOf(5);
        ChainHead head = headOf(chain);

        thenBroken(walk(chain.subList(0, 3), head, null), 4, Problem.MISSING_TAIL, 3);
    }

    @Test
    void aRewrittenChainDisagreesWithTheHeadRow() {
        List<AuditEntry> chain = chainOf(3);
        ChainHead head = headOf(chain);
        List<AuditEntry> rewritten = new ArrayList<>();
        String prev = AuditHash.GENESIS;
        for (AuditEntry e : chain) {
            AuditEntry forged = rehashed(new AuditEntry(
                    e.seq(), e.occurredAt(), e.actor(), e.action(), e.subject(), "forged", e.address(), prev, ""));
            rewritten.add(forged);
            prev = forged.hash();
        }

        thenBroken(walk(rewritten, head, null), 3, Problem.HEAD_MISMATCH, 2);
    }

    @Test
    void anExternalAnchorCatchesARewriteThatAlsoMovedTheHeadRow() {
        List<AuditEntry> chain = chainOf(4);
        ChainAnchor anchor = new ChainAnchor(2, chain.get(1).hash());
        List<AuditEntry> rewritten = new ArrayList<>();
        String prev = AuditHash.GENESIS;
        for (AuditEntry e : chain) {
            AuditEntry forged = rehashed(new AuditEntry(
                    e.seq(),
                    e.occurredAt(),
                    "someone-else",
                    e.action(),
                    e.subject(),
                    e.detail(),
                    e.address(),
                    prev,
                    ""));
            rewritten.add(forged);
            prev = forged.hash();
        }

        assertThat(walk(rewritten, headOf(rewritten), null).ok()).isTrue();
        thenBroken(walk(rewritten, headOf(rewritten), anchor), 2, Problem.ANCHOR_MISMATCH, 1);
        thenBroken(walk(chain.subList(0, 1), headOf(chain.subList(0, 1)), anchor), 2, Problem.MISSING_TAIL, 1);
        assertThat(walk(chain, headOf(chain), anchor).ok()).isTrue();
    }

    private static void thenBroken(ChainVerification result, long seq, Problem problem, long verified) {
        assertThat(result.ok()).isFalse();
        assertThat(result.brokenSeq()).isEqualTo(seq);
        assertThat(result.problem()).isEqualTo(problem);
        assertThat(result.checked()).isEqualTo(verified);
        assertThat(result.describe()).contains("seq=" + seq).contains(problem.name());
    }

    private static ChainVerification walk(List<AuditEntry> entries, ChainHead head, ChainAnchor anchor) {
        ChainWalk walk = new ChainWalk(head, anchor);
        for (AuditEntry entry : entries) {
            if (!walk.accept(entry)) {
                break;
            }
        }
        return walk.result();
    }

    static List<AuditEntry> chainOf(int length) {
        List<AuditEntry> chain = new ArrayList<>();
        String prev = AuditHash.GENESIS;
        for (int seq = 1; seq <= length; seq++) {
            AuditDraft draft =
                    new AuditDraft("editor" + seq, "test.step", "article:" + seq, "step " + seq, "192.0.2.7");
            long at = 1_700_000_000_000L + seq;
            String hash = AuditHash.of(seq, at, draft, prev);
            chain.add(new AuditEntry(
                    seq,
                    Instant.ofEpochMilli(at),
                    draft.actor(),
                    draft.action(),
                    draft.subject(),
                    draft.detail(),
                    draft.address(),
                    prev,
                    hash));
            prev = hash;
        }
        return chain;
    }

    private static ChainHead headOf(List<AuditEntry> chain) {
        AuditEntry last = chain.get(chain.size() - 1);
        return new ChainHead(last.seq(), last.hash(), last.occurredAt());
    }

    private static AuditEntry withDetail(AuditEntry e, String detail) {
        return new AuditEntry(
                e.seq(),
                e.occurredAt(),
                e.actor(),
                e.action(),
                e.subject(),
                detail,
                e.address(),
                e.prevHash(),
                e.hash());
    }

    private static AuditEntry rehashed(AuditEntry e) {
        return new AuditEntry(
                e.seq(),
                e.occurredAt(),
                e.actor(),
                e.action(),
                e.subject(),
                e.detail(),
                e.address(),
                e.prevHash(),
                AuditHash.of(e));
    }
}
