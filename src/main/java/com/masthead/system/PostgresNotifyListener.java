package com.masthead.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits on a PostgreSQL connection of its own ({@code LISTEN} {@value SignalPush#CHANNEL}) for the notifications
 * that committed change signals send, and wakes this instance's reader ({@code wake}) for every batch that another
 * instance sent. After connecting (and after every reconnect) it wakes the reader once, for what committed while
 * nobody listened. A lost connection is noticed by the wait failing or, when the network went silent, by a
 * {@code select 1} after {@link #IDLE_CHECK} without notifications; it is reopened after {@code retryAfter}
 * (polling carries on meanwhile). One daemon thread; {@link #stop()} ends it.
 */
final class PostgresNotifyListener {

    private static final Logger log = LoggerFactory.getLogger(PostgresNotifyListener.class);
    /** How the listening connections show in {@code pg_stat_activity}. */
    static final String APPLICATION_NAME = "masthead change signals";

    private static final Duration IDLE_CHECK = Duration.ofSeconds(10);

    private final DataSource connections;
    private final String origin;
    private final Runnable wake;
    private final Duration retryAfter;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final Thread thread;
    private volatile Connection current;

    PostgresNotifyListener(DataSource connections, String origin, Runnable wake, Duration retryAfter) {
        this.connections = connections;
        this.origin = origin;
        this.wake = wake;
        this.retryAfter = retryAfter;
        this.thread = new Thread(this::run, "change-signal-listener");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    void stop() {
        stopped.countDown();
        closeQuietly(current);
        thread.interrupt();
    }

    private void run() {
        boolean failing = false;
        while (stopped.getCount() > 0) {
            try (Connection connection = connections.getConnection()) {
                current = connection;
                listen(connection);
                if (failing) {
                    log.info("listening for change signals again");
                    failing = false;
                }
                wake.run();
                waitForNotifications(connection);
            } catch (SQLException | RuntimeException e) {
                if (stopped.getCount() > 0 && !failing) {
                    log.warn("lost the connection that listens for change signals; polling until it is back", e);
                    failing = true;
                }
            } finally {
                current = null;
            }
            pause();
        }
    }

    private static void listen(Connection connection) throws SQLException {
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            statement.execute("set application_name = '" + APPLICATION_NAME + "'");
            statement.execute("listen " + SignalPush.CHANNEL);
        }
    }

    private void waitForNotifications(Connection connection) throws SQLException {
        PGConnection postgres = connection.unwrap(PGConnection.class);
        while (stopped.getCount() > 0) {
            PGNotification[] notifications = postgres.getNotifications((int) IDLE_CHECK.toMillis());
            if (notifications == null || notifications.length == 0) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("select 1");
                }
                continue;
            }
            for (PGNotification notification : notifications) {
                if (!origin.equals(notification.getParameter())) {
                    wake.run();
                    break;
                }
            }
        }
    }

    private void pause() {
        try {
            stopped.await(retryAfter.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped.countDown();
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            // stopping: the connection goes either way
        }
    }
}
