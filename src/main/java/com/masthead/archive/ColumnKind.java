package com.masthead.archive;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Locale;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * How a column's values are written to and read from the archive, decided from the declared type so that SQLite
 * (which stores booleans as 0/1 and reports declared types) and PostgreSQL give the same JSON: integers as JSON
 * integers, floating point as JSON numbers, booleans as {@code true}/{@code false}, bytes as base64 strings, the
 * rest as strings, and {@code null} always written.
 */
enum ColumnKind {
    INTEGER(Types.BIGINT),
    DOUBLE(Types.DOUBLE),
    BOOLEAN(Types.BOOLEAN),
    BYTES(Types.BINARY),
    TEXT(Types.VARCHAR);

    private final int sqlType;

    ColumnKind(int sqlType) {
        this.sqlType = sqlType;
    }

    /** From a declared type name as either database reports it ({@code bigint}, {@code int8}, {@code bool}, ...). */
    static ColumnKind of(String typeName) {
        String type = typeName == null ? "" : typeName.toUpperCase(Locale.ROOT);
        if (type.contains("BOOL")) {
            return BOOLEAN;
        }
        if (type.contains("INT") || type.contains("SERIAL")) {
            return INTEGER;
        }
        if (type.contains("DOUBLE") || type.contains("FLOAT") || type.contains("REAL") || type.contains("NUMERIC")) {
            return DOUBLE;
        }
        if (type.contains("BLOB") || type.contains("BYTEA")) {
            return BYTES;
        }
        return TEXT;
    }

    /** Writes column {@code index} of the current row. */
    void copy(ResultSet row, int index, JsonGenerator out) throws SQLException {
        switch (this) {
            case INTEGER -> {
                long value = row.getLong(index);
                if (row.wasNull()) {
                    out.writeNull();
                } else {
                    out.writeNumber(value);
                }
            }
            case DOUBLE -> {
                double value = row.getDouble(index);
                if (row.wasNull()) {
                    out.writeNull();
                } else {
                    out.writeNumber(value);
                }
            }
            case BOOLEAN -> {
                boolean value = row.getBoolean(index);
                if (row.wasNull()) {
                    out.writeNull();
                } else {
                    out.writeBoolean(value);
                }
            }
            case BYTES -> {
                byte[] value = row.getBytes(index);
                if (value == null) {
                    out.writeNull();
                } else {
                    out.writeBinary(value);
                }
            }
            case TEXT -> {
                String value = row.getString(index);
                if (value == null) {
                    out.writeNull();
                } else {
                    out.writeString(value);
                }
            }
        }
    }

    /**
     * Binds an archived value as parameter {@code index}.
     *
     * @throws IllegalArgumentException when the value is not of this kind
     */
    void bind(JsonNode value, PreparedStatement statement, int index) throws SQLException {
        if (value == null || value.isNull()) {
            statement.setNull(index, sqlType);
            return;
        }
        switch (this) {
            case INTEGER -> {
                require(value.isIntegralNumber() && value.canConvertToLong(), "an integer");
                statement.setLong(index, value.longValue());
            }
            case DOUBLE -> {
                require(value.isNumber(), "a number");
                statement.setDouble(index, value.doubleValue());
            }
            case BOOLEAN -> {
                require(value.isBoolean(), "true or false");
                statement.setBoolean(index, value.booleanValue());
            }
            case BYTES -> {
                require(value.isString(), "base64 bytes");
                statement.setBytes(index, value.binaryValue());
            }
            case TEXT -> {
                require(value.isString(), "a string");
                statement.setString(index, value.stringValue());
            }
        }
    }

    private static void require(boolean ok, String what) {
        if (!ok) {
            throw new IllegalArgumentException("expected " + what);
        }
    }
}
