package org.carebudget.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Properties;
import java.util.function.BiConsumer;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A small connection pool for tests and benchmarks (the library takes any {@link DataSource}; production uses
 * HikariCP or the like). A connection that failed is not reused. {@link #onCall} lets a crash test act on a
 * connection just before a call the store makes on it, such as {@code commit}.
 */
final class TestPool implements DataSource, AutoCloseable {

    private final String url;
    private final Properties properties;
    private final Deque<Connection> idle = new ArrayDeque<>();
    private volatile BiConsumer<String, Connection> onCall = (method, connection) -> { };

    TestPool(String url, String user, String password) {
        this.url = url;
        this.properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
    }

    /** Runs before every call of a connection's method (name, physical connection). */
    void onCall(BiConsumer<String, Connection> hook) {
        this.onCall = hook;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection physical;
        synchronized (this) {
            physical = idle.pollFirst();
        }
        if (physical == null) {
            physical = DriverManager.getConnection(url, properties);
        }
        Connection real = physical;
        boolean[] broken = {false};
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("close")) {
                        giveBack(real, broken[0]);
                        return null;
                    }
                    onCall.accept(method.getName(), real);
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        broken[0] = true;
                        throw e.getCause();
                    }
                });
    }

    private void giveBack(Connection real, boolean broken) throws SQLException {
        if (broken || real.isClosed() || !real.getAutoCommit()) {
            try {
                real.close();
            } catch (SQLException ignored) {
                // gone already
            }
            return;
        }
        synchronized (this) {
            idle.addFirst(real);
        }
    }

    @Override
    public synchronized void close() {
        for (Connection c : idle) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
        idle.clear();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
    }

    @Override
    public void setLoginTimeout(int seconds) {
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return false;
    }
}
