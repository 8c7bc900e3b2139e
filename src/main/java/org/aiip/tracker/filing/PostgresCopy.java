package org.aiip.tracker.filing;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * PostgreSQL's own bulk load ({@code COPY ... FROM STDIN}, through the driver's {@code CopyManager}) for the rows
 * {@link FilingBulkWriter} inserts: one statement a chunk instead of a bound insert a row, which costs PostgreSQL
 * and the driver a fraction of the batches' work. Values are written in COPY's text format ({@link Rows}).
 */
final class PostgresCopy {

    // The ids a chunk takes from the identity's sequence, in one round trip (COPY returns no keys).
    private static final String NEXT_IDS = """
            select nextval(pg_get_serial_sequence('patent_filing', 'id')) from generate_series(1, ?) order by 1""";

    private PostgresCopy() {
    }

    /** Whether the connection is PostgreSQL's (through the pool's proxy). */
    static boolean supports(Connection connection) throws SQLException {
        return connection.isWrapperFor(PGConnection.class);
    }

    /** Takes {@code count} new ids of {@code patent_filing}, in increasing order. */
    static List<Long> nextFilingIds(Connection connection, int count) throws SQLException {
        List<Long> ids = new ArrayList<>(count);
        try (PreparedStatement ps = connection.prepareStatement(NEXT_IDS)) {
            ps.setInt(1, count);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    /**
     * Copies the rows into {@code table (columns)}; returns the number of rows PostgreSQL took. The text goes to the
     * server in the UTF-8 pieces {@link Rows} made (the driver's client encoding is UTF-8).
     */
    static long copy(Connection connection, String table, String columns, Rows rows) throws SQLException {
        CopyIn copy = connection.unwrap(PGConnection.class)
            .getCopyAPI()
            .copyIn("copy " + table + " (" + columns + ") from stdin");
        try {
            for (byte[] piece : rows.pieces()) {
                copy.writeToCopy(piece, 0, piece.length);
            }
            return copy.endCopy();
        }
        finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    /**
     * Builds rows in COPY's text format: columns separated by tabs, {@code \N} for null, text escaped. The text is
     * kept as UTF-8 pieces of about {@value #PIECE} characters: a chunk's text in one array (half a megabyte for a
     * thousand filings) was a humongous object to G1 with a 256 MB heap, allocated straight into the old generation,
     * and the driver's {@code Reader} path copied it twice more.
     */
    static final class Rows {

        static final int PIECE = 32 * 1024;

        private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSSXXX");

        private final StringBuilder text = new StringBuilder(PIECE + 4096);

        private final List<byte[]> pieces = new ArrayList<>();

        private boolean lineStarted;

        private OffsetDateTime lastTime;

        private String lastTimeText;

        Rows value(Object value) {
            if (this.lineStarted) {
                this.text.append('\t');
            }
            this.lineStarted = true;
            if (value == null) {
                this.text.append("\\N");
            }
            else if (value instanceof Boolean b) {
                this.text.append(b ? 't' : 'f');
            }
            else if (value instanceof CharSequence s) {
                escape(s);
            }
            else if (value instanceof OffsetDateTime t) {
                if (t != this.lastTime) { // a chunk's rows share one time: formatted once
                    this.lastTime = t;
                    this.lastTimeText = TIMESTAMP.format(t);
                }
                this.text.append(this.lastTimeText);
            }
            else {
                escape(value.toString()); // numbers and dates (ISO)
            }
            return this;
        }

        Rows end() {
            this.text.append('\n');
            this.lineStarted = false;
            if (this.text.length() >= PIECE) {
                cut();
            }
            return this;
        }

        /** The rows' text so far, in UTF-8 pieces, each ending with a whole row. */
        List<byte[]> pieces() {
            if (this.text.length() > 0) {
                cut();
            }
            return this.pieces;
        }

        private void cut() {
            this.pieces.add(this.text.toString().getBytes(StandardCharsets.UTF_8));
            this.text.setLength(0);
        }

        // Most values have nothing to escape: they go in whole (one array copy), not a character at a time.
        private void escape(CharSequence s) {
            int length = s.length();
            int from = 0;
            for (int i = 0; i < length; i++) {
                String escaped = switch (s.charAt(i)) {
                    case '\\' -> "\\\\";
                    case '\t' -> "\\t";
                    case '\n' -> "\\n";
                    case '\r' -> "\\r";
                    default -> null;
                };
                if (escaped != null) {
                    this.text.append(s, from, i).append(escaped);
                    from = i + 1;
                }
            }
            if (from == 0) {
                this.text.append(s);
            }
            else {
                this.text.append(s, from, length);
            }
        }

    }

}
