package com.masthead.audit;

import com.masthead.shared.PageRequest;
import com.masthead.shared.PageResult;
import org.springframework.stereotype.Service;

/**
 * Reads the audit trail. There is deliberately no method to change or remove an entry, here or anywhere else.
 * Reads run outside transactions and never wait for appenders. Thread-safe.
 */
@Service
public class AuditLog {

    private final AuditEntryRepository entries;

    AuditLog(AuditEntryRepository entries) {
        this.entries = entries;
    }

    /** Entries matching {@code filter}, newest first. */
    public PageResult<AuditEntry> search(AuditFilter filter, PageRequest page) {
        return entries.search(filter, page);
    }

    /** The newest committed entry's sequence number and hash (seq 0 and the genesis hash while empty). */
    public ChainHead head() {
        return entries.head();
    }
}
