package com.masthead.comment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain-text rules for comments: cleaning what readers type, spotting links, hashing for duplicate detection, and
 * cutting displayed text into plain and link segments. Comments are never HTML: whatever markup a reader types is
 * kept as text and escaped on output.
 */
final class CommentText {

    private static final Pattern CONTROLS_BUT_NEWLINE = Pattern.compile("[\\p{Cc}&&[^\\n]]");
    private static final Pattern BIDI_CONTROLS = Pattern.compile("[\\u202A-\\u202E\\u2066-\\u2069]");
    private static final Pattern TRAILING_SPACE = Pattern.compile("[ \\t\\u3000]+\\n");
    private static final Pattern MANY_NEWLINES = Pattern.compile("\\n{3,}");

    /** An address a reader could follow: a scheme, www., or a host name under a common top-level domain. */
    private static final Pattern LINK = Pattern.compile("(?i)(?:[a-z][a-z0-9+.-]*://|www\\.)\\S"
            + "|\\b[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:com|net|org|cn|info|biz|top|xyz|cc|io|me|co|tv|vip|shop"
            + "|site|online|club|ly|gl|to|link|app|hk|tw|ru|de|uk|jp)\\b");

    private static final Pattern HTTP_URL = Pattern.compile("https?://[^\\s<>\"'`]+", Pattern.CASE_INSENSITIVE);

    private CommentText() {}

    /**
     * Multi-line text as stored: line breaks unified to {@code \n}, other control characters and bidi overrides
     * removed, trailing spaces of lines and runs of blank lines trimmed. Null for null or blank input.
     */
    static String clean(String text) {
        if (text == null) {
            return null;
        }
        String unified = text.replace("\r\n", "\n").replace('\r', '\n').replace('\t', ' ');
        String cleaned = BIDI_CONTROLS
                .matcher(CONTROLS_BUT_NEWLINE.matcher(unified).replaceAll(""))
                .replaceAll("");
        cleaned = MANY_NEWLINES
                .matcher(TRAILING_SPACE.matcher(cleaned).replaceAll("\n"))
                .replaceAll("\n\n")
                .strip();
        return cleaned.isEmpty() ? null : cleaned;
    }

    static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /** Whether the text holds a link, also when written in full-width letters (ｗｗｗ．ｅｘａｍｐｌｅ．ｃｏｍ). */
    static boolean containsLink(String text) {
        return LINK.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).find();
    }

    /** SHA-256 of the text with case, width and every non-letter, non-digit character ignored. */
    static String hash(String text) {
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        String letters = nfkc.replaceAll("[^\\p{L}\\p{N}]", "");
        String normalized = letters.isEmpty() ? nfkc : letters; // an emoji-only comment is compared as typed
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The text cut into plain runs and, when {@code links} is on, http(s) links. */
    static List<PublicComment.Segment> segments(String text, boolean links) {
        if (!links) {
            return List.of(new PublicComment.Segment(text, null));
        }
        List<PublicComment.Segment> segments = new ArrayList<>();
        Matcher m = HTTP_URL.matcher(text);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                segments.add(new PublicComment.Segment(text.substring(at, m.start()), null));
            }
            segments.add(new PublicComment.Segment(m.group(), m.group()));
            at = m.end();
        }
        if (at < text.length()) {
            segments.add(new PublicComment.Segment(text.substring(at), null));
        }
        return segments;
    }
}
