package com.masthead.storage;

import java.util.regex.Pattern;

/** The one rule for keys, so that no key can reach outside the store's directory or bucket. */
final class ObjectKeys {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*(/[A-Za-z0-9_-][A-Za-z0-9._-]*)*");

    private ObjectKeys() {}

    static String require(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a storage key: " + key);
        }
        return key;
    }

    /** A prefix is empty or a key followed by {@code /}. */
    static String requirePrefix(String prefix) {
        if (!prefix.isEmpty()) {
            require(prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix);
        }
        return prefix;
    }
}
