package com.masthead.audit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The chain hash: SHA-256, lower-case hex, over an unambiguous encoding of an entry's fields and the previous
 * entry's hash. Each field is written as its UTF-8 byte length, a colon and the bytes ({@code -:} for null), after
 * the version tag {@code masthead-audit-v1}, in the order seq, occurred_at (epoch ms), actor, action, subject,
 * detail, address, prev_hash; numbers in decimal. Because every field carries its length, moving characters from
 * one field to the next changes the hash. Stateless and thread-safe.
 */
final class AuditHash {

    /** The {@code prev_hash} of the first entry (also the head of an empty chain). */
    static final String GENESIS = "0".repeat(64);

    static final String VERSION = "masthead-audit-v1";

    private AuditHash() {}

    static String of(long seq, long occurredAt, AuditDraft draft, String prevHash) {
        return hex(canonical(
                seq,
                occurredAt,
                draft.actor(),
                draft.action(),
                draft.subject(),
                draft.detail(),
                draft.address(),
                prevHash));
    }

    /** Recomputes an entry's hash from its stored fields (its own {@code hash} is not read). */
    static String of(AuditEntry entry) {
        return hex(canonical(
                entry.seq(),
                entry.occurredAt().toEpochMilli(),
                entry.actor(),
                entry.action(),
                entry.subject(),
                entry.detail(),
                entry.address(),
                entry.prevHash()));
    }

    static byte[] canonical(
            long seq,
            long occurredAt,
            String actor,
            String action,
            String subject,
            String detail,
            String address,
            String prevHash) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        for (String field : new String[] {
            VERSION, Long.toString(seq), Long.toString(occurredAt), actor, action, subject, detail, address, prevHash
        }) {
            if (field == null) {
                out.writeBytes("-:".getBytes(StandardCharsets.US_ASCII));
            } else {
                byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
                out.writeBytes((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
                out.writeBytes(bytes);
            }
        }
        return out.toByteArray();
    }

    private static String hex(byte[] canonical) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
