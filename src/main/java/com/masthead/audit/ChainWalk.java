package com.masthead.audit;

import com.masthead.audit.ChainVerification.Problem;

/**
 * Checks entries one at a time in sequence order, keeping only the previous hash, so a chain of any length is
 * verified in constant memory. Stops at the first problem. Not thread-safe; one walk per verification.
 */
final class ChainWalk {

    private final ChainHead head;
    private final ChainAnchor anchor;
    private long expectedSeq = 1;
    private String previousHash = AuditHash.GENESIS;
    private ChainVerification broken;

    /**
     * @param head the head row as read before the walk began (entries appended meanwhile come after it)
     * @param anchor an externally kept head to compare with, or null
     */
    ChainWalk(ChainHead head, ChainAnchor anchor) {
        this.head = head;
        this.anchor = anchor;
    }

    /** Checks the next entry; false once the chain is broken (further entries are then ignored). */
    boolean accept(AuditEntry entry) {
        if (broken != null) {
            return false;
        }
        if (entry.seq() != expectedSeq) {
            return fail(expectedSeq, Problem.GAP);
        }
        if (!entry.prevHash().equals(previousHash)) {
            return fail(entry.seq(), Problem.PREV_HASH_MISMATCH);
        }
        if (!AuditHash.of(entry).equals(entry.hash())) {
            return fail(entry.seq(), Problem.HASH_MISMATCH);
        }
        if (entry.seq() == head.seq() && !entry.hash().equals(head.hash())) {
            return fail(entry.seq(), Problem.HEAD_MISMATCH);
        }
        if (anchor != null && entry.seq() == anchor.seq() && !entry.hash().equals(anchor.hash())) {
            return fail(entry.seq(), Problem.ANCHOR_MISMATCH);
        }
        previousHash = entry.hash();
        expectedSeq++;
        return true;
    }

    /** The outcome once every entry has been offered. */
    ChainVerification result() {
        if (broken != null) {
            return broken;
        }
        long last = expectedSeq - 1;
        if (last < head.seq() || (anchor != null && last < anchor.seq())) {
            return ChainVerification.broken(last, last, previousHash, last + 1, Problem.MISSING_TAIL);
        }
        return ChainVerification.intact(last, last, previousHash);
    }

    private boolean fail(long seq, Problem problem) {
        long verified = expectedSeq - 1;
        broken = ChainVerification.broken(verified, verified, previousHash, seq, problem);
        return false;
    }
}
