package com.masthead.archive;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Checks that a table's rows come in strictly ascending key order, as an export writes them: an equal key is a
 * duplicate id, a smaller one a hand-edited or damaged entry. Text compares by its UTF-8 bytes (SQLite's binary
 * order and PostgreSQL's {@code "C"} collation, which the export sorts by). Remembers only the previous key.
 */
final class KeyOrder {

    private final TableShape table;
    private final String entry;
    private final List<String> key;
    private Object[] previous;

    KeyOrder(TableShape table, String entry) {
        this.table = table;
        this.entry = entry;
        this.key = table.orderKey();
    }

    void accept(JsonNode row, long number) {
        Object[] current = new Object[key.size()];
        for (int i = 0; i < key.size(); i++) {
            JsonNode value = row.get(key.get(i));
            current[i] = value == null || value.isNull()
                    ? null
                    : value.isIntegralNumber() ? (Object) value.longValue() : value.asString();
        }
        if (previous != null) {
            int order = compare(previous, current);
            if (order == 0) {
                throw new ArchiveRefusedException("duplicate id in " + entry + " line " + number + ": " + table.name()
                        + " " + describe(current) + " appears twice");
            }
            if (order > 0) {
                throw new ArchiveRefusedException(entry + " line " + number + ": " + table.name() + " "
                        + describe(current) + " comes after " + describe(previous)
                        + "; rows must be in ascending key order, as an export writes them");
            }
        }
        previous = current;
    }

    private String describe(Object[] values) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < key.size(); i++) {
            text.append(i == 0 ? "" : ", ").append(key.get(i)).append('=').append(values[i]);
        }
        return text.toString();
    }

    private static int compare(Object[] a, Object[] b) {
        for (int i = 0; i < a.length; i++) {
            int order = compare(a[i], b[i]);
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }

    private static int compare(Object a, Object b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        if (a instanceof Long x && b instanceof Long y) {
            return Long.compare(x, y);
        }
        return Arrays.compareUnsigned(
                a.toString().getBytes(StandardCharsets.UTF_8), b.toString().getBytes(StandardCharsets.UTF_8));
    }
}
