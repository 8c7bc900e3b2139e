package org.aiip.tracker.system.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.stereotype.Component;

/**
 * On H2, statement time limits without {@code SET QUERY_TIMEOUT}. H2 keeps the time limit per session and runs
 * each {@link Statement#setQueryTimeout} as a {@code SET QUERY_TIMEOUT} command, and every such command changes the
 * database's metadata version, after which every session parses its statements again. Hibernate sets the JPA
 * limit (10 s) before each query and sets it back to 0 when it closes the statement, so on a filing page H2 parsed
 * its statements anew about a dozen times (half of the database's share of the page's CPU time). Here the pool's
 * connections to H2 keep each statement's limit themselves and cancel the statement when it runs past it
 * ({@link Statement#cancel()}, which H2 answers as it answers its own time-out). PostgreSQL is left alone: its
 * driver already works this way.
 */
@Component
class H2StatementTimeouts implements BeanPostProcessor, DisposableBean {

    private final ScheduledThreadPoolExecutor timer;

    H2StatementTimeouts() {
        this.timer = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "h2-statement-timeouts");
            thread.setDaemon(true);
            return thread;
        });
        this.timer.setRemoveOnCancelPolicy(true);
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getDataSource() == null && pool.getJdbcUrl() != null
                && pool.getJdbcUrl().startsWith("jdbc:h2:")) {
            DataSource h2 = new DriverManagerDataSource(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
            pool.setDataSource(new TimedDataSource(h2, this.timer));
        }
        return bean;
    }

    @Override
    public void destroy() {
        this.timer.shutdownNow();
    }

    /** Calls the method on the proxied object, throwing what it throws. */
    static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        }
        catch (InvocationTargetException ex) {
            throw ex.getCause();
        }
    }

    /** H2's connections, whose statements keep their own time limits. */
    static final class TimedDataSource extends DelegatingDataSource {

        private final ScheduledThreadPoolExecutor timer;

        TimedDataSource(DataSource h2, ScheduledThreadPoolExecutor timer) {
            super(h2);
            this.timer = timer;
        }

        @Override
        public Connection getConnection() throws SQLException {
            return connection(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return connection(super.getConnection(username, password));
        }

        private Connection connection(Connection target) {
            return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Connection.class },
                    (proxy, method, args) -> {
                        Object result = call(target, method, args);
                        if (result instanceof Statement statement) {
                            return timed(statement, method.getReturnType());
                        }
                        return result;
                    });
        }

        private Object timed(Statement target, Class<?> type) {
            Class<?> face = CallableStatement.class.isAssignableFrom(type) ? CallableStatement.class
                    : PreparedStatement.class.isAssignableFrom(type) ? PreparedStatement.class : Statement.class;
            return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { face },
                    new TimedStatement(target, this.timer));
        }

    }

    /** A statement whose time limit is its own: set and read here, enforced by cancelling it. */
    static final class TimedStatement implements InvocationHandler {

        private final Statement target;

        private final ScheduledThreadPoolExecutor timer;

        private int seconds;

        TimedStatement(Statement target, ScheduledThreadPoolExecutor timer) {
            this.target = target;
            this.timer = timer;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (name.equals("setQueryTimeout") && args != null && args.length == 1) {
                int value = (Integer) args[0];
                if (value < 0) {
                    throw new SQLException("Invalid query timeout: " + value);
                }
                this.seconds = value;
                return null;
            }
            if (name.equals("getQueryTimeout") && (args == null || args.length == 0)) {
                return this.seconds;
            }
            if (this.seconds > 0 && name.startsWith("execute")) {
                Execution execution = new Execution(this.target);
                ScheduledFuture<?> expiry = this.timer.schedule(execution::expire, this.seconds, TimeUnit.SECONDS);
                try {
                    return call(this.target, method, args);
                }
                finally {
                    execution.finish();
                    expiry.cancel(false);
                }
            }
            return call(this.target, method, args);
        }

    }

    /** One run of a statement with a limit; once finished, it is never cancelled. */
    static final class Execution {

        private final Statement statement;

        private boolean finished;

        Execution(Statement statement) {
            this.statement = statement;
        }

        synchronized void expire() {
            if (!this.finished) {
                try {
                    this.statement.cancel();
                }
                catch (SQLException ex) {
                    // Closed meanwhile: nothing is running any more.
                }
            }
        }

        synchronized void finish() {
            this.finished = true;
        }

    }

}
