package com.masthead.system;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.WeakHashMap;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Prepares each query once per SQLite connection: sqlite-jdbc has no statement cache, so every query was parsed
 * and planned anew (about a tenth of an uncached page's time, bench/pagecache/RESULTS.md). Queries ({@code
 * select …}, {@code with …}) prepared through a connection of this data source are kept per physical connection,
 * at most {@value #PER_CONNECTION} of them (least recently used go first), and handed out again after the caller
 * closed them (which clears their parameters; closing the result set has reset them). A statement still in use
 * (a query inside the reading of its own results) is prepared anew and closed as usual. Writes are never kept.
 * Statements live as long as their connection: the pool closing it closes them. Each physical connection is used
 * by one thread at a time (the pool's hand-off orders its uses), so its statements need no locking.
 */
final class SqliteStatementCache extends DelegatingDataSource {

    static final int PER_CONNECTION = 128;

    private final Map<Connection, Map<String, Kept>> byConnection = Collections.synchronizedMap(new WeakHashMap<>());

    SqliteStatementCache(DataSource pool) {
        super(pool);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return caching(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return caching(super.getConnection(username, password));
    }

    private Connection caching(Connection pooled) {
        return (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("prepareStatement")
                            && args != null
                            && args.length == 1
                            && isQuery((String) args[0])) {
                        PreparedStatement kept = kept(pooled, (String) args[0]);
                        if (kept != null) {
                            return kept;
                        }
                    }
                    return invoke(pooled, method, args);
                });
    }

    private PreparedStatement kept(Connection pooled, String sql) throws SQLException {
        Connection physical = pooled.unwrap(Connection.class);
        Map<String, Kept> statements = byConnection.computeIfAbsent(physical, c -> lru());
        Kept kept = statements.get(sql);
        if (kept != null && (kept.inUse || kept.statement.isClosed())) {
            return kept.inUse ? null : replace(statements, physical, sql);
        }
        if (kept == null) {
            return replace(statements, physical, sql);
        }
        kept.inUse = true;
        return kept.handle;
    }

    private PreparedStatement replace(Map<String, Kept> statements, Connection physical, String sql)
            throws SQLException {
        Kept kept = new Kept(physical.prepareStatement(sql));
        statements.put(sql, kept);
        kept.inUse = true;
        return kept.handle;
    }

    private static Map<String, Kept> lru() {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Kept> eldest) {
                if (size() <= PER_CONNECTION) {
                    return false;
                }
                if (!eldest.getValue().inUse) {
                    eldest.getValue().closeQuietly();
                }
                return true;
            }
        };
    }

    static boolean isQuery(String sql) {
        String start = sql.stripLeading();
        String word = start.substring(0, Math.min(6, start.length())).toLowerCase(Locale.ROOT);
        return word.startsWith("select") || word.startsWith("with ");
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** A kept statement and the handle callers get: its {@code close} hands it back instead. */
    private static final class Kept implements InvocationHandler {

        private final PreparedStatement statement;
        private final PreparedStatement handle;
        private boolean inUse;

        Kept(PreparedStatement statement) {
            this.statement = statement;
            this.handle = (PreparedStatement) Proxy.newProxyInstance(
                    PreparedStatement.class.getClassLoader(), new Class<?>[] {PreparedStatement.class}, this);
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "close" -> {
                    if (inUse) {
                        inUse = false;
                        if (!statement.isClosed()) {
                            statement.clearParameters();
                        }
                    }
                    return null;
                }
                case "isClosed" -> {
                    return !inUse || statement.isClosed();
                }
                default -> {
                    return SqliteStatementCache.invoke(statement, method, args);
                }
            }
        }

        void closeQuietly() {
            try {
                statement.close();
            } catch (SQLException e) {
                // the statement is dropped either way
            }
        }
    }
}
