package com.masthead.audit;

import com.masthead.shared.InvalidInputException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A head recorded earlier outside the database ({@link ChainHead#seq()} and {@link ChainHead#hash()}), to be
 * checked against the chain: entry {@code seq} must still exist and still carry {@code hash}.
 *
 * @throws InvalidInputException naming {@code anchorSeq} or {@code anchorHash} when either is malformed
 */
public record ChainAnchor(long seq, String hash) {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    public ChainAnchor {
        if (seq < 1) {
            throw new InvalidInputException("anchorSeq", "audit.anchor.seq");
        }
        hash = hash == null ? "" : hash.strip().toLowerCase(Locale.ROOT);
        if (!SHA256_HEX.matcher(hash).matches()) {
            throw new InvalidInputException("anchorHash", "audit.anchor.hash");
        }
    }
}
