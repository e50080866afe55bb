package com.masthead.audit;

/**
 * The outcome of walking the chain. When {@code ok}, {@code checked} entries were verified and
 * {@code lastSeq}/{@code lastHash} is the newest of them (0 and the genesis value for an empty chain). Otherwise
 * {@code brokenSeq} is the first sequence number at which the chain fails and {@code problem} says why; entries
 * before {@code brokenSeq} verified.
 */
public record ChainVerification(
        boolean ok, long checked, long lastSeq, String lastHash, Long brokenSeq, Problem problem) {

    /** Why a chain is broken at {@code brokenSeq}. */
    public enum Problem {
        /** No entry has this sequence number, but a later one exists: an entry was deleted. */
        GAP,
        /** The entry's stored hash is not the hash of its fields: the entry was changed. */
        HASH_MISMATCH,
        /**
         * The entry's {@code prev_hash} is not the previous entry's hash: the previous entry was changed and
         * re-hashed, or an entry was inserted or removed before this one.
         */
        PREV_HASH_MISMATCH,
        /** The chain ends before the head row says it does: entries were removed from the end. */
        MISSING_TAIL,
        /** The entry the head row points to carries another hash than the head row: entries were rewritten. */
        HEAD_MISMATCH,
        /** The entry named by an external anchor carries another hash than the anchor: the chain was rewritten. */
        ANCHOR_MISMATCH
    }

    static ChainVerification intact(long checked, long lastSeq, String lastHash) {
        return new ChainVerification(true, checked, lastSeq, lastHash, null, null);
    }

    static ChainVerification broken(long checked, long lastSeq, String lastHash, long brokenSeq, Problem problem) {
        return new ChainVerification(false, checked, lastSeq, lastHash, brokenSeq, problem);
    }

    /** One line for logs. */
    public String describe() {
        return ok
                ? "audit chain intact: " + checked + " entries, head seq=" + lastSeq + " hash=" + lastHash
                : "audit chain broken at seq=" + brokenSeq + ": " + problem + " (" + checked + " entries verified)";
    }
}
