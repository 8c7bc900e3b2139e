package org.aiip.tracker;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

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
 * (127.0.0.1:5432, user {@code postgres}, trust authentication), which Flyway then migrates. A database is
 * dropped in the background when its context closes; nothing waits for drops when the JVM exits (each
 * {@code DROP DATABASE} takes the server a checkpoint, and two dozen of them in the exit hooks held the test JVM
 * past surefire's 30 s limit): what is left is swept, in the background, by the next run. Contexts that name a PostgreSQL database themselves are
 * left alone. Registered in {@code META-INF/spring.factories} of the test classpath.
 */
public class PostgresTestDatabase implements EnvironmentPostProcessor, Ordered {

    /** The system property that switches the tests to PostgreSQL. */
    public static final String SWITCH = "tracker.test.database";

    static final String SERVER = System.getProperty("tracker.test.postgres-server", "jdbc:postgresql://127.0.0.1:5432/");

    static final String USER = "postgres";

    private static final List<String> CREATED = new CopyOnWriteArrayList<>();

    /** Drops databases one after another, beside the tests; a daemon, so that it never holds the JVM at exit. */
    private static final ExecutorService DROPS = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "drop-test-databases");
        thread.setDaemon(true);
        return thread;
    });

    private static volatile boolean swept;

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
        String database = createMigrated();
        // Dropped in the background once its context has closed (its pool's connections end with FORCE).
        application.addListeners((ApplicationListener<ApplicationEvent>) event -> {
            if (event instanceof ContextClosedEvent) {
                DROPS.execute(() -> dropQuietly(database));
            }
        });
        environment.getPropertySources()
            .addFirst(new MapPropertySource("postgresTestDatabase", Map.of("spring.datasource.url", SERVER + database,
                    "spring.datasource.username", USER, "spring.datasource.password", "",
                    // A dozen cached contexts with Hikari's default of 10 connections each would pass the
                    // server's max_connections (100), and the drops at the end would find no free slot.
                    "spring.datasource.hikari.maximum-pool-size", "3",
                    // @DataJpaTest would swap in an embedded H2 otherwise.
                    "spring.test.database.replace", "none")));
    }

    /** Creates a fresh, empty database and returns its name. */
    public static String create() {
        sweepLeftovers();
        String database = newName();
        execute("create database " + database);
        CREATED.add(database);
        note("created " + database);
        return database;
    }

    /**
     * A fresh database for a Spring context, copied from one that the application's own migrations (the same
     * locations as {@code spring.flyway.locations}) brought up to date once per JVM: the context's Flyway then
     * finds nothing to do, instead of running every migration again for each of the run's two dozen contexts.
     * Where the copy cannot be made, an empty database (Flyway migrates it, as before).
     */
    static String createMigrated() {
        String template = migratedTemplate();
        if (template == null) {
            return create();
        }
        String database = newName();
        try {
            execute("create database " + database + " template " + template);
        }
        catch (IllegalStateException ex) {
            note("could not copy " + template + " (" + ex.getMessage() + "); an empty database instead");
            return create();
        }
        CREATED.add(database);
        note("created " + database + " from " + template);
        return database;
    }

    private static String template;

    private static boolean templateTried;

    private static synchronized String migratedTemplate() {
        if (!templateTried) {
            templateTried = true;
            String name = create();
            try {
                Flyway.configure()
                    .dataSource(SERVER + name, USER, "")
                    .locations("classpath:db/migration", "classpath:db/vendor/postgresql")
                    .load()
                    .migrate();
                template = name;
            }
            catch (RuntimeException ex) {
                note("could not migrate the template " + name + ": " + ex.getMessage());
            }
        }
        return template;
    }

    private static String newName() {
        return "tracker_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    /** Drops a database this class created, ending connections a pool may still hold (PostgreSQL 13+). */
    public static void drop(String database) {
        execute("drop database if exists " + database + " with (force)");
        CREATED.remove(database);
    }

    /**
     * Drops, in the background, the databases of this naming that earlier runs left behind (the contexts
     * still open when a test JVM ends leave theirs): older than ten minutes and without connections, so that
     * runs going on at the same time (other checkouts, whose contexts' pools stay connected) keep theirs.
     * Once per JVM.
     */
    private static synchronized void sweepLeftovers() {
        if (swept) {
            return;
        }
        swept = true;
        DROPS.execute(PostgresTestDatabase::sweep);
    }

    private static void sweep() {
        String stale = """
                select d.datname from pg_database d
                where d.datname ~ '^tracker_[0-9a-f]{16}$'
                  and not exists (select 1 from pg_stat_activity a where a.datname = d.datname)
                  and (pg_stat_file('base/' || d.oid || '/PG_VERSION')).modification < now() - interval '10 minutes'""";
        List<String> names = new java.util.ArrayList<>();
        try (Connection admin = DriverManager.getConnection(SERVER + "postgres", USER, "");
                Statement statement = admin.createStatement();
                java.sql.ResultSet rows = statement.executeQuery(stale)) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        catch (SQLException ex) {
            return; // not allowed to look (pg_stat_file needs a superuser): nothing swept
        }
        for (String name : names) {
            try {
                execute("drop database if exists " + name);
                note("swept " + name);
            }
            catch (RuntimeException ex) {
                note("could not sweep " + name + ": " + ex.getMessage()); // in use after all: left alone
            }
        }
    }

    /**
     * A connection to the given database on the local server for a test that needs PostgreSQL.
     * When the server does not answer, the test fails on CI ({@code CI=true}) and is skipped with a
     * printed reason elsewhere: PostgreSQL is part of the machine, but not of every developer's.
     */
    public static Connection connectOrSkip(String database, Class<?> test) {
        try {
            return DriverManager.getConnection(SERVER + database, USER, "");
        }
        catch (SQLException ex) {
            String reason = "PostgreSQL at " + SERVER + database + " is not reachable (" + ex.getMessage() + ")";
            if (!unreachable(ex)) {
                Assertions.fail("PostgreSQL at " + SERVER + database + " answered but refused the tests ("
                        + ex.getSQLState() + ": " + ex.getMessage() + "); a refusal is a failure, not a skip");
            }
            if (onCi()) {
                Assertions.fail(reason + "; on CI it must be running");
            }
            System.out.println("Skipping " + test.getSimpleName() + ": " + reason);
            Assumptions.assumeTrue(false, reason);
            throw new IllegalStateException(reason); // not reached
        }
    }

    /**
     * Whether the server answers; the reason when it does not. A server that answers but refuses
     * (authentication, a missing database or role: any SQLState outside class 08, "connection
     * exception") is not "unreachable": that is a failure wherever the tests run.
     */
    static String unreachableReason() {
        try (Connection ignored = DriverManager.getConnection(SERVER + "postgres", USER, "")) {
            return null;
        }
        catch (SQLException ex) {
            if (!unreachable(ex)) {
                throw new AssertionError("PostgreSQL at " + SERVER + " answered but refused " + USER + " ("
                        + ex.getSQLState() + ": " + ex.getMessage() + "); the tests need trust authentication"
                        + " for " + USER + " from 127.0.0.1 (.ci/run sets it up)", ex);
            }
            return "PostgreSQL at " + SERVER + " is not reachable as " + USER + " (" + ex.getMessage() + ")";
        }
    }

    /** No server answered: SQLState class 08 (connection exception), or none at all. */
    static boolean unreachable(SQLException ex) {
        String state = ex.getSQLState();
        return state == null || state.startsWith("08");
    }

    /** CI is exactly "true" there (.ci/run sets it so); anything else is a developer's machine. */
    static boolean onCi() {
        return "true".equals(System.getenv("CI"));
    }

    private static void dropQuietly(String database) {
        if (!CREATED.contains(database)) {
            return;
        }
        // Typically "too many clients" while other contexts still hold their pools: try again for a while.
        try {
            org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(10))
                .pollInterval(java.time.Duration.ofMillis(300))
                .until(() -> {
                    try {
                        drop(database);
                        note("dropped " + database);
                        return true;
                    }
                    catch (RuntimeException ex) {
                        note("could not drop " + database + ": " + ex.getMessage());
                        return false;
                    }
                });
        }
        catch (org.awaitility.core.ConditionTimeoutException ex) {
            note("gave up dropping " + database + " (left for the next run's sweep)");
        }
    }

    /** target/pg-test-databases.log: what happened to each database (stderr is gone when the JVM ends). */
    private static synchronized void note(String line) {
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of("target", "pg-test-databases.log"),
                    java.time.Instant.now() + " " + Thread.currentThread().getName() + " " + line + "\n",
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        }
        catch (java.io.IOException ex) {
            // only a diagnostic
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
