package org.aiip.tracker.system.internal;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.aiip.tracker.PostgresTestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app's connections to PostgreSQL run without PostgreSQL's JIT compiler (it compiled the export's
 * chunk query anew for each chunk, half of its time); connections to H2 get no PostgreSQL setting.
 */
@SpringBootTest
@ActiveProfiles("test")
class DatabaseSessionTests {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void postgresConnectionsRunWithoutJitAndH2OnesAreLeftAlone() {
        HikariDataSource pool = (HikariDataSource) this.dataSource;
        if (PostgresTestDatabase.active()) {
            assertThat(this.jdbc.queryForObject("show jit", String.class)).isEqualTo("off");
            assertThat(pool.getConnectionInitSql()).isEqualTo(PostgresJitOff.SET_JIT_OFF);
        }
        else {
            assertThat(pool.getJdbcUrl()).startsWith("jdbc:h2:");
            assertThat(pool.getConnectionInitSql()).isNull();
        }
    }

}
