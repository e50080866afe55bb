package com.masthead.system;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Change signals on one SQLite file (WAL mode, the production URL options): polling only. */
class ChangeSignalsSqliteIntegrationTests implements ChangeSignalsContract {

    private static SignalDatabase database;

    @BeforeAll
    static void open() throws Exception {
        database = SignalDatabase.sqlite();
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Override
    public SignalDatabase database() {
        return database;
    }
}
