package com.masthead.redirect;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The one form an old address is stored and looked up in, so that {@code /2024/05/%E4%B8%AD%E6%96%87/},
 * {@code /2024/05/%e4%b8%ad%e6%96%87} and {@code /2024/05/中文/} are the same: the path percent-decoded as UTF-8,
 * in lower case, with repeated slashes merged and without a trailing slash (the root stays {@code /}). A query is
 * kept only for the home page's post links, and then only the one parameter that names the post
 * ({@code /?p=12}, {@code /?page_id=3}, {@code /?attachment_id=7}); any other query is dropped. Empty for what
 * cannot be an old address (not a path, broken escapes or UTF-8, control characters, longer than
 * {@value #MAX_LENGTH} characters).
 */
public final class OldPaths {

    static final int MAX_LENGTH = 1000;
    static final Set<String> POST_PARAMETERS = Set.of("p", "page_id", "attachment_id");

    private OldPaths() {}

    /** The normalised form of an absolute URL's path and query ({@code https://old.example/2024/05/x/?a=b}). */
    public static Optional<String> ofUrl(String url) {
        if (url == null) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(url.strip());
            return of(uri.getRawPath(), uri.getRawQuery());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /**
     * The normalised form of a request's raw (still percent-encoded) path and raw query; {@code rawQuery} may be
     * null.
     */
    public static Optional<String> of(String rawPath, String rawQuery) {
        if (rawPath == null || rawPath.isEmpty()) {
            rawPath = "/";
        }
        if (!rawPath.startsWith("/") || rawPath.length() > MAX_LENGTH * 3) {
            return Optional.empty();
        }
        Optional<String> path = decode(rawPath).map(OldPaths::tidy);
        if (path.isEmpty()) {
            return Optional.empty();
        }
        String normal = path.get();
        if (normal.equals("/")) {
            return postParameter(rawQuery).map(p -> "/?" + p);
        }
        return normal.length() > MAX_LENGTH ? Optional.empty() : Optional.of(normal);
    }

    private static String tidy(String path) {
        String merged = path.replaceAll("/{2,}", "/").toLowerCase(Locale.ROOT);
        return merged.length() > 1 && merged.endsWith("/") ? merged.substring(0, merged.length() - 1) : merged;
    }

    /** {@code p=12} from a query that names a post by one of the post parameters with a numeric value. */
    private static Optional<String> postParameter(String rawQuery) {
        if (rawQuery == null) {
            return Optional.empty();
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                String name = pair.substring(0, equals);
                String value = pair.substring(equals + 1);
                if (POST_PARAMETERS.contains(name) && value.matches("\\d{1,18}")) {
                    return Optional.of(name + "=" + Long.parseLong(value));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> decode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return Optional.empty();
                }
                int high = Character.digit(raw.charAt(i + 1), 16);
                int low = Character.digit(raw.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return Optional.empty();
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                int codePoint = raw.codePointAt(i);
                bytes.writeBytes(Character.toString(codePoint).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(codePoint) - 1;
            }
        }
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
            return text.chars().anyMatch(ch -> Character.isISOControl(ch)) ? Optional.empty() : Optional.of(text);
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
