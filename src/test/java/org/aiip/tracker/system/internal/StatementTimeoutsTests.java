package org.aiip.tracker.system.internal;

import java.time.Duration;

import jakarta.persistence.EntityManager;

import com.zaxxer.hikari.HikariDataSource;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import org.aiip.tracker.PostgresTestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every statement stops at its time limit, on H2 and on PostgreSQL; and on H2 the limits cost nothing: setting
 * them does not change H2's metadata version (a {@code SET QUERY_TIMEOUT} would, and every session would then
 * parse its statements again, {@link H2StatementTimeouts}).
 */
@SpringBootTest
@ActiveProfiles("test")
class StatementTimeoutsTests {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManager em;

    @Test
    void aStatementPastItsLimitIsStopped() {
        JdbcTemplate limited = new JdbcTemplate(this.jdbc.getDataSource());
        limited.setQueryTimeout(1);
        String slow = PostgresTestDatabase.active() ? "select pg_sleep(20)"
                : "select count(*) from system_range(1, 3000) a, system_range(1, 3000) b, system_range(1, 3000) c";
        long started = System.nanoTime();
        assertThatThrownBy(() -> limited.queryForObject(slow, Object.class)).isInstanceOf(DataAccessException.class)
            .hasMessageContaining("cancel");
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(900)).isLessThan(Duration.ofSeconds(10));
        // The connection goes on working after the cancelled statement.
        assertThat(limited.queryForObject("select 1", Integer.class)).isEqualTo(1);
    }

    @Test
    void limitedStatementsLeaveH2sParsedStatementsAloneAndPostgresConnectionsAsTheyAre() {
        HikariDataSource pool = (HikariDataSource) this.jdbc.getDataSource();
        if (PostgresTestDatabase.active()) {
            // pgjdbc keeps each statement's limit itself and cancels on time: nothing to add.
            assertThat(pool.getDataSource()).isNull();
            return;
        }
        assertThat(pool.getDataSource()).isInstanceOf(H2StatementTimeouts.TimedDataSource.class);
        long before = metadataVersion();
        for (int i = 0; i < 5; i++) {
            // The JPA query gets the 10 s limit of spring.jpa.properties, the JdbcTemplate one the 120 s one.
            this.em.createQuery("select count(m) from MemberCompany m", Long.class).getSingleResult();
            this.jdbc.queryForObject("select count(*) from member_company", Long.class);
        }
        assertThat(this.jdbc.getQueryTimeout()).isPositive();
        assertThat(metadataVersion()).isEqualTo(before);
    }

    private long metadataVersion() {
        return this.jdbc.execute((ConnectionCallback<Long>) connection -> ((SessionLocal) connection
            .unwrap(JdbcConnection.class)
            .getSession()).getDatabase().getModificationMetaId());
    }

}
