package org.aiip.tracker;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * When may the PostgreSQL tests skip? Only when no server answers, and never on CI. A server that
 * answers and refuses (a wrong password, a missing role or database) is a failure everywhere:
 * otherwise a broken pg_hba.conf would pass CI as "PostgreSQL unreachable".
 */
class PostgresSkipRuleTests {

    @Test
    void noServerAtTheAddressIsUnreachable() {
        SQLException refused = catchThrowableOfType(SQLException.class,
                () -> DriverManager.getConnection("jdbc:postgresql://127.0.0.1:1/postgres?connectTimeout=5", "postgres", ""));
        assertThat(refused.getSQLState()).startsWith("08");
        assertThat(PostgresTestDatabase.unreachable(refused)).isTrue();
    }

    @Test
    void aServerThatRefusesTheUserIsNotUnreachable() {
        String role = "nobody_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        SQLException refused = catchThrowableOfType(SQLException.class,
                () -> DriverManager.getConnection(PostgresTestDatabase.SERVER + "postgres", role, "wrong"));
        org.junit.jupiter.api.Assumptions.assumeFalse(PostgresTestDatabase.unreachable(refused) && !PostgresTestDatabase.onCi(),
                "no PostgreSQL server here to refuse anyone");
        assertThat(refused.getSQLState()).as(refused.getMessage()).startsWith("28");
        assertThat(PostgresTestDatabase.unreachable(refused)).isFalse();
    }

}
