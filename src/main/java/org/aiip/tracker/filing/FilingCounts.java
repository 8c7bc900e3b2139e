package org.aiip.tracker.filing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.Arrays;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import org.aiip.tracker.system.DataRevision;

/**
 * The writer of the counts: keeps the {@code filing_count} table ({@link FilingCountRow}) in step with the
 * filings, inside the transaction of each write: a single change adjusts two rows, a bulk load rebuilds the
 * table. {@link FilingStatistics} reads the figures. Because they live in the database and change with the
 * data, every app instance reads the same, current ones.
 */
@Component
public class FilingCounts {

    private static final Logger log = LoggerFactory.getLogger(FilingCounts.class);

    private static final String KEY = "applicant_id = ? and filing_year = ? and office = ? and legal_status = ?"
            + " and technology_area_id = ? and published = ? and open_licence = ?";

    /** The two statements of a full recount (public so that tests can recount after writing filings directly). */
    public static final String[] REBUILD = { "delete from filing_count", """
            insert into filing_count (applicant_id, filing_year, office, legal_status, technology_area_id,
                                      published, open_licence, filings)
            select applicant_id, filing_year, office, legal_status, technology_area_id, published, open_licence,
                   count(*)
            from patent_filing
            group by applicant_id, filing_year, office, legal_status, technology_area_id, published, open_licence
            """ };

    private final JdbcTemplate jdbc;

    private final DataRevision revision;

    FilingCounts(JdbcTemplate jdbc, DataRevision revision) {
        this.jdbc = jdbc;
        this.revision = revision;
    }

    /** The counting key of a filing as it is now. */
    static Key keyOf(PatentFiling f) {
        return new Key(f.getApplicant().getId(), f.getFilingDate().getYear(), f.getOffice(), f.getLegalStatus(),
                f.getTechnologyArea().getId(), f.isPublished(), f.isOpenLicence());
    }

    /**
     * At start-up: if a bulk load that commits in parts ({@link #recountAtNextStart}) stopped before its recount,
     * recount now. One row is read, whatever the number of filings. Rows written into {@code patent_filing} by
     * hand, outside the tracker, are not noticed: recount after them ({@link #REBUILD}, docs/operations.md).
     */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void checkAtStartUp() {
        Boolean needed = this.jdbc.queryForObject("select recount_needed from filing_count_state where id = 1",
                Boolean.class);
        if (Boolean.TRUE.equals(needed)) {
            log.warn("A bulk load stopped before recounting the filings; recounting");
            rebuild();
        }
    }

    /**
     * For a bulk load that commits in parts, in its first transaction: until {@link #rebuild} commits, the counts
     * may not add up, and a start in between recounts them.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recountAtNextStart() {
        this.jdbc.update("update filing_count_state set recount_needed = true where id = 1");
    }

    /** Moves the filing between its counting keys, in the transaction of the change. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void changed(FilingChanged change) {
        changed(change.countedBefore(), change.countedAfter());
    }

    private void changed(Key before, Key after) {
        if (before != null && before.equals(after)) {
            return;
        }
        if (before != null) {
            add(before, -1);
        }
        if (after != null) {
            add(after, 1);
        }
    }

    /** Recounts everything after a bulk load (sample data, generator, import); one pass over the filings. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void rebuild() {
        this.revision.changed();
        for (String statement : REBUILD) {
            this.jdbc.update(statement);
        }
        this.jdbc.update("update filing_count_state set recount_needed = false where id = 1");
    }

    private void add(Key key, int delta) {
        Object[] args = { delta, key.applicantId(), key.year(), key.office().name(), key.status().name(),
                key.areaId(), key.published(), key.openLicence() };
        if (this.jdbc.update("update filing_count set filings = filings + ? where " + KEY, args) > 0) {
            if (delta < 0) {
                this.jdbc.update("delete from filing_count where filings <= 0 and " + KEY,
                        Arrays.copyOfRange(args, 1, args.length));
            }
            return;
        }
        insertOrAdd(args);
    }

    /**
     * Inserts the row; when another transaction (another instance) inserted it since the update found
     * none, adds to that row instead. The insert runs under a savepoint: on PostgreSQL a failed
     * statement otherwise aborts the whole transaction, and the update after it would fail too.
     */
    void insertOrAdd(Object[] args) {
        Connection connection = DataSourceUtils.getConnection(this.jdbc.getDataSource());
        try {
            Savepoint savepoint = connection.setSavepoint();
            try {
                this.jdbc.update("insert into filing_count (filings, applicant_id, filing_year, office, legal_status,"
                        + " technology_area_id, published, open_licence) values (?, ?, ?, ?, ?, ?, ?, ?)", args);
                connection.releaseSavepoint(savepoint);
            }
            catch (DuplicateKeyException raced) {
                connection.rollback(savepoint);
                this.jdbc.update("update filing_count set filings = filings + ? where " + KEY, args);
            }
        }
        catch (SQLException ex) {
            throw new DataAccessResourceFailureException("Savepoint for filing_count", ex);
        }
    }

    record Key(Long applicantId, int year, PatentOffice office, LegalStatus status, Long areaId, boolean published,
            boolean openLicence) {
    }

}
