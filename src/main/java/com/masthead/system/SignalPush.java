package com.masthead.system;

import javax.sql.DataSource;

/**
 * How change signals are pushed besides the table: on PostgreSQL a {@code NOTIFY} in the changing transaction
 * (delivered when it commits) that instances {@code LISTEN} for on connections of their own ({@code
 * listenConnections}, outside the pool); on SQLite nothing (instances poll).
 *
 * @param listenConnections opens the listening connections; null when the database cannot push
 */
record SignalPush(DataSource listenConnections) {

    /** The PostgreSQL channel; the payload is the sending instance's origin. */
    static final String CHANNEL = "masthead_change_signal";

    static final SignalPush NONE = new SignalPush(null);

    boolean available() {
        return listenConnections != null;
    }
}
