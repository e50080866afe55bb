package com.masthead.audit;

import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The application's own chain verifier on any database, for tests that check a chain without starting a site. */
public final class AuditChains {

    private AuditChains() {}

    public static ChainVerification verify(DataSource dataSource) {
        return new AuditChainVerifier(new AuditEntryRepository(JdbcClient.create(dataSource))).verify();
    }
}
