package com.masthead.audit;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends entries to the chain: the only writer of {@code audit_entry}. Thread-safe; concurrent appends are
 * serialized by the database (see {@link AuditEntryRepository#claimNext()}), so every entry links to the one
 * committed before it and sequence numbers have no gaps (a rolled-back append takes its number back with it).
 */
@Service
class AuditChain {

    private final AuditEntryRepository entries;
    private final Clock clock;

    AuditChain(AuditEntryRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /**
     * Records {@code draft} now. Joins the caller's transaction if there is one, so the entry commits or rolls
     * back with the change it describes; otherwise runs in its own. From here until that transaction ends, other
     * appenders wait.
     */
    @Transactional
    public AuditEntry append(AuditDraft draft) {
        AuditEntryRepository.Slot slot = entries.claimNext();
        Instant now = Instant.ofEpochMilli(clock.millis());
        String hash = AuditHash.of(slot.seq(), now.toEpochMilli(), draft, slot.prevHash());
        AuditEntry entry = new AuditEntry(
                slot.seq(),
                now,
                draft.actor(),
                draft.action(),
                draft.subject(),
                draft.detail(),
                draft.address(),
                slot.prevHash(),
                hash);
        entries.insert(entry);
        entries.setHeadHash(hash);
        return entry;
    }
}
