package org.aiip.tracker.system.internal;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, every connection of the pool starts with {@code set jit = off}. PostgreSQL's JIT compiler
 * switches itself on for queries its planner thinks costly, such as the export's chunk of 1,000 filings with
 * their IPC symbols, and then spent 139 of the query's 287 ms compiling it, for every chunk (with it off:
 * 8-10 ms). The tracker's queries are short and many; none gains from it. A pool given its own
 * {@code spring.datasource.hikari.connection-init-sql} keeps it; H2 is left alone.
 */
@Component
class PostgresJitOff implements BeanPostProcessor {

    static final String SET_JIT_OFF = "set jit = off";

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
                && pool.getJdbcUrl().startsWith("jdbc:postgresql:") && pool.getConnectionInitSql() == null) {
            pool.setConnectionInitSql(SET_JIT_OFF);
        }
        return bean;
    }

}
