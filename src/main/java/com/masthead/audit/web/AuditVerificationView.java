package com.masthead.audit.web;

/**
 * The outcome of a verification as the page shows it: {@code problemKey} is the message key explaining the break
 * (null when intact), and the head is what an administrator copies elsewhere to anchor the chain.
 */
public record AuditVerificationView(
        boolean ok, long checked, Long brokenSeq, String problemKey, long headSeq, String headHash, String headTime) {}
