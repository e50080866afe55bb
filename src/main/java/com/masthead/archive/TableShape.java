package com.masthead.archive;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A table as the archive sees it: columns in name order (the same on both databases whatever order the migrations
 * added them in), the primary key the rows are ordered by, and the tables it refers to.
 *
 * @param selfReferences columns that refer to this table itself (a channel's parent); loaded in a second pass, so
 *     rows need not come parents first
 */
record TableShape(
        String name, List<Column> columns, List<String> primaryKey, List<String> parents, List<String> selfReferences) {

    private static final Pattern PLAIN_NAME = Pattern.compile("[a-z_][a-z0-9_]*");

    TableShape {
        requirePlain(name);
        columns.forEach(c -> requirePlain(c.name()));
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        parents = List.copyOf(parents);
        selfReferences = List.copyOf(selfReferences);
    }

    /** A column and how its values are archived. */
    record Column(String name, ColumnKind kind) {}

    String entryName() {
        return "tables/" + name + ".jsonl";
    }

    List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }

    Column column(String name) {
        return columns.stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(this.name + " has no column " + name));
    }

    /** The key rows are ordered by: the primary key, or every column when there is none. */
    List<String> orderKey() {
        return primaryKey.isEmpty() ? columnNames() : primaryKey;
    }

    /**
     * The names are the schema's own, checked once more here because they end up in SQL text (identifiers cannot
     * be bound as parameters).
     */
    private static void requirePlain(String identifier) {
        if (!PLAIN_NAME.matcher(identifier).matches()) {
            throw new IllegalStateException("unexpected identifier in the schema: " + identifier);
        }
    }
}
