package org.aiip.tracker.operations.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The embedded H2 database's online backup: H2's {@code BACKUP TO} writes a zip of the database
 * file while the application keeps running, transactionally consistent because H2's MVStore
 * copies on write. PostgreSQL is backed up with {@code pg_dump} by the operator instead
 * (docs/operations.md), and an in-memory H2 has no file to back up.
 */
@Service
class DatabaseBackup {

    /** What the database is, for the page; {@code refusal} is a message key when no backup can be made here. */
    public record Database(String product, String version, String refusal) {

        public boolean supported() {
            return this.refusal == null;
        }

    }

    private final DataSource dataSource;

    private final JdbcTemplate jdbc;

    DatabaseBackup(DataSource dataSource, JdbcTemplate jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    Database database() {
        try (Connection connection = this.dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            String product = meta.getDatabaseProductName();
            String refusal = null;
            if (!"H2".equals(product)) {
                refusal = "backup.refused.external";
            }
            else if (meta.getURL().startsWith("jdbc:h2:mem:")) {
                refusal = "backup.refused.memory";
            }
            return new Database(product, meta.getDatabaseProductVersion(), refusal);
        }
        catch (SQLException ex) {
            throw new DataAccessResourceFailureException("Cannot read the database's kind", ex);
        }
    }

    /** Writes a zip with the H2 database file to {@code out}; returns its size in bytes. */
    long writeTo(OutputStream out) {
        Path directory = null;
        try {
            directory = Files.createTempDirectory("tracker-backup");
            Path zip = directory.resolve("backup.zip");
            // The path is ours (no user input); quotes doubled all the same.
            this.jdbc.execute("backup to '" + zip.toString().replace("'", "''") + "'");
            long size = Files.size(zip);
            Files.copy(zip, out);
            return size;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        finally {
            deleteQuietly(directory);
        }
    }

    private static void deleteQuietly(Path directory) {
        if (directory == null) {
            return;
        }
        try (var files = Files.walk(directory)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
        catch (IOException ex) {
            // A leftover in the temp directory is not worth failing the download for.
        }
    }

}
