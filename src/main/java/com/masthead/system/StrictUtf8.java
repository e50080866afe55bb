package com.masthead.system;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Whether bytes are well-formed UTF-8 by the standard's rules: no overlong forms ({@code C0 BC} is not a way to
 * write {@code <}), no encoded surrogates, nothing above U+10FFFF, no truncated sequences. Lenient decoders turn
 * such bytes into U+FFFD or, worse, into the character an overlong form spells; the request readers refuse them.
 */
final class StrictUtf8 {

    private StrictUtf8() {}

    static boolean isWellFormed(byte[] bytes) {
        if (isAscii(bytes)) {
            return true;
        }
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }
}
