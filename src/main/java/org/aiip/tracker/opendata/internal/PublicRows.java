package org.aiip.tracker.opendata.internal;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;

/**
 * Rows of the public tables as JSON values and back: dates as ISO dates, timestamps as ISO instants (UTC),
 * binary content as Base64, numbers and booleans as themselves. Reading back converts each value to the
 * type the column has in this database, so the same file restores into H2 and PostgreSQL.
 */
final class PublicRows {

    private PublicRows() {
    }

    /** The table's public rows, each column by name (public values only), given one by one as they are read. */
    static void each(JdbcTemplate jdbc, PublicTables.Table table, Consumer<Map<String, Object>> consumer) {
        jdbc.query(table.select(), rs -> {
            Map<String, Object> row = new LinkedHashMap<>();
            ResultSetMetaData meta = rs.getMetaData();
            for (int c = 1; c <= meta.getColumnCount(); c++) {
                String column = meta.getColumnLabel(c).toLowerCase(java.util.Locale.ROOT);
                row.put(column, table.masked().containsKey(column) ? table.masked().get(column)
                        : value(rs, c, meta.getColumnType(c)));
            }
            consumer.accept(row);
        });
    }

    private static Object value(ResultSet rs, int c, int type) throws SQLException {
        Object value = switch (type) {
            case Types.DATE -> {
                java.sql.Date date = rs.getDate(c);
                yield date == null ? null : date.toLocalDate().toString();
            }
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> {
                Timestamp time = rs.getTimestamp(c);
                yield time == null ? null : time.toInstant().toString();
            }
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> {
                byte[] bytes = rs.getBytes(c);
                yield bytes == null ? null : Base64.getEncoder().encodeToString(bytes);
            }
            case Types.BOOLEAN, Types.BIT -> rs.getBoolean(c);
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> rs.getLong(c);
            default -> rs.getString(c);
        };
        return rs.wasNull() ? null : value;
    }

    /** The columns of a table in this database and their JDBC types. */
    static Map<String, Integer> columns(JdbcTemplate jdbc, String table) {
        return jdbc.query("select * from " + table + " where 1 = 0", rs -> {
            Map<String, Integer> columns = new TreeMap<>();
            ResultSetMetaData meta = rs.getMetaData();
            for (int c = 1; c <= meta.getColumnCount(); c++) {
                columns.put(meta.getColumnLabel(c).toLowerCase(java.util.Locale.ROOT), meta.getColumnType(c));
            }
            return columns;
        });
    }

    /** A value of a snapshot's row as a parameter for the column's type. */
    static SqlParameterValue parameter(int type, Object value) {
        if (value == null) {
            return new SqlParameterValue(type, null);
        }
        Object converted = switch (type) {
            case Types.DATE -> java.sql.Date.valueOf(LocalDate.parse(value.toString()));
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> Timestamp.from(Instant.parse(value.toString()));
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB ->
                Base64.getDecoder().decode(value.toString());
            case Types.BOOLEAN, Types.BIT -> value instanceof Boolean b ? b : Boolean.parseBoolean(value.toString());
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER -> ((Number) value).intValue();
            case Types.BIGINT -> ((Number) value).longValue();
            default -> value.toString();
        };
        // Timestamps go as TIMESTAMP: PostgreSQL's driver binds a java.sql.Timestamp for timestamptz that way.
        int bound = type == Types.TIMESTAMP_WITH_TIMEZONE ? Types.TIMESTAMP : type;
        return new SqlParameterValue(bound, converted);
    }

}
