package org.aiip.tracker;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Runs the integration tests on PostgreSQL: when the system property
 * {@code tracker.test.database=postgresql} is set (the {@code test-pg} run of the build), every
 * Spring test context gets a fresh database {@code tracker_<random>} on the local server
 * (127.0.0.1:5432, user {@code postgres}, trust authentication), which Flyway then migrates. The
 * databases are dropped when their context closes, or else when the JVM exits. Contexts that name a PostgreSQL database themselves are
 * left alone. Registered in {@code META-INF/spring.factories} of the test classpath.
 */
public class PostgresTestDatabase implements EnvironmentPostProcessor, Ordered {

    /** The system property that switches the tests to PostgreSQL. */
    public static final String SWITCH = "tracker.test.database";

    static final String SERVER = System.getProperty("tracker.test.postgres-server", "jdbc:postgresql://127.0.0.1:5432/");

    static final String USER = "postgres";

    private static final List<String> CREATED = new CopyOnWriteArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(PostgresTestDatabase::dropAll, "drop-test-databases"));
    }

    /** Whether this JVM runs the tests on PostgreSQL. */
    public static boolean active() {
        return "postgresql".equals(System.getProperty(SWITCH));
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String url = environment.getProperty("spring.datasource.url", "");
        if (!active() || url.startsWith("jdbc:postgresql:")) {
            return;
        }
        String database = create();
        // Dropped when its context closes (at the latest when the test JVM ends), the JVM hook is the fallback.
        application.addListeners((ApplicationListener<ApplicationEvent>) event -> {
            if (event instanceof ContextClosedEvent) {
                dropQuietly(database);
            }
        });
        environment.getPropertySources()
            .addFirst(new MapPropertySource("postgresTestDatabase", Map.of("spring.datasource.url", SERVER + database,
                    "spring.datasource.username", USER, "spring.datasource.password", "",
                    // @DataJpaTest would swap in an embedded H2 otherwise.
                    "spring.test.database.replace", "none")));
    }

    /** Creates a fresh database and returns its name. */
    public static String create() {
        String database = "tracker_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        execute("create database " + database);
        CREATED.add(database);
        return database;
    }

    /** Drops a database this class created, ending connections a pool may still hold (PostgreSQL 13+). */
    public static void drop(String database) {
        execute("drop database if exists " + database + " with (force)");
        CREATED.remove(database);
    }

    /** Whether the server answers; the reason when it does not. */
    static String unreachableReason() {
        try (Connection ignored = DriverManager.getConnection(SERVER + "postgres", USER, "")) {
            return null;
        }
        catch (SQLException ex) {
            return "PostgreSQL at " + SERVER + " is not reachable as " + USER + " (" + ex.getMessage() + ")";
        }
    }

    private static void dropAll() {
        List.copyOf(CREATED).forEach(PostgresTestDatabase::dropQuietly);
    }

    private static void dropQuietly(String database) {
        if (!CREATED.contains(database)) {
            return;
        }
        try {
            drop(database);
        }
        catch (RuntimeException ex) {
            System.err.println("Could not drop test database " + database + ": " + ex.getMessage());
        }
    }

    private static void execute(String sql) {
        try (Connection admin = DriverManager.getConnection(SERVER + "postgres", USER, "");
                Statement statement = admin.createStatement()) {
            statement.execute(sql);
        }
        catch (SQLException ex) {
            throw new IllegalStateException("PostgreSQL test database: " + sql + " failed: " + ex.getMessage(), ex);
        }
    }

    /** After Boot has read the property files (and so the test profile's H2 URL, which this replaces). */
    @Override
    public int getOrder() {
        return ConfigDataEnvironmentPostProcessor.ORDER + 10;
    }

}
