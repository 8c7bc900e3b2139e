package org.aiip.tracker.importing.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Puts company names that no alias or decision covers into the admins' review queue
 * ({@link ApplicantName}), once each, as the preview or the write meets them.
 */
@Component
class NameQueue {

    private static final String REGISTER = """
            insert into applicant_name (match_key, name, decision, first_seen, version)
            select ?, ?, 'PENDING', ?, 0 where not exists (select 1 from applicant_name where match_key = ?)""";

    private final JdbcTemplate jdbc;

    NameQueue(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Queues the names of these rows that wait, by match key. */
    void register(List<CheckedRow> rows) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<Object[]> args = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (CheckedRow row : rows) {
            if (row.extras() == null || !row.waits()) {
                continue;
            }
            for (Map.Entry<String, String> name : row.extras().waitingNames().entrySet()) {
                if (seen.add(name.getKey())) {
                    args.add(new Object[] { name.getKey(), name.getValue(), now, name.getKey() });
                }
            }
        }
        this.jdbc.batchUpdate(REGISTER, args);
    }

}
