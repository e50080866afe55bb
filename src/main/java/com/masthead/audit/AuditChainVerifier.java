package com.masthead.audit;

import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Walks the whole chain in sequence order, a page at a time (constant memory whatever its length), recomputing
 * every hash and link, and reports the first broken sequence number. Reads only, outside any transaction, so it
 * neither blocks nor waits for appenders; entries appended during the walk are verified too when the walk reaches
 * them. Thread-safe. A broken chain is also logged at ERROR.
 */
@Service
public class AuditChainVerifier {

    static final int PAGE_SIZE = 1000;
    private static final Logger log = LoggerFactory.getLogger(AuditChainVerifier.class);

    private final AuditEntryRepository entries;

    AuditChainVerifier(AuditEntryRepository entries) {
        this.entries = entries;
    }

    /**
     * A verifier for the chain in another database than the application's (a backup file about to be restored).
     * Reads only; the caller owns and closes the data source.
     */
    public static AuditChainVerifier of(DataSource database) {
        return new AuditChainVerifier(new AuditEntryRepository(JdbcClient.create(database)));
    }

    public ChainVerification verify() {
        return verify(null);
    }

    /**
     * Verifies the chain and, when {@code anchor} is given, that the entry it names still carries its hash (which
     * catches a complete rewrite of the chain up to the anchor by someone who knows the algorithm).
     */
    public ChainVerification verify(ChainAnchor anchor) {
        // The head is read first: the entries up to it were committed with it, later ones are appends meanwhile.
        ChainWalk walk = new ChainWalk(entries.head(), anchor);
        long after = 0;
        List<AuditEntry> page;
        do {
            page = entries.after(after, PAGE_SIZE);
            for (AuditEntry entry : page) {
                if (!walk.accept(entry)) {
                    return reported(walk.result());
                }
            }
            if (!page.isEmpty()) {
                after = page.get(page.size() - 1).seq();
            }
        } while (page.size() == PAGE_SIZE);
        return reported(walk.result());
    }

    private static ChainVerification reported(ChainVerification result) {
        if (!result.ok()) {
            log.error(result.describe());
        }
        return result;
    }
}
