package org.aiip.tracker.sample;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import org.aiip.tracker.filing.FilingIndexer;
import org.aiip.tracker.filing.PatentOffice;
import org.aiip.tracker.filing.WrittenFiling;

/**
 * Writes generated filings with JDBC batch inserts, a batch at a time, so that memory stays flat
 * however many filings are made, with their IPC symbols. Runs inside the caller's transaction; the
 * search index takes the filings once it has committed.
 */
@Component
public class SampleFilingWriter {

    static final int BATCH_SIZE = 1000;

    private static final String INSERT_FILING = """
            insert into patent_filing (office, application_number, applicant_id, title, abstract_text, filing_date,
                filing_year, priority_date, publication_number, publication_date, grant_number, grant_date,
                legal_status, published, technology_area_id, open_licence, licence_terms, family_key, sample,
                version, created_at, updated_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true, 0, ?, ?)""";

    // The identity ids of a batch are not known; the unique office + number finds the new rows.
    private static final String NEW_IDS = """
            select f.application_number, f.id
            from unnest(?) n(num) join patent_filing f on f.office = ? and f.application_number = n.num""";

    private static final String INSERT_IPC = "insert into filing_ipc (filing_id, position, symbol) values (?, ?, ?)";

    private final JdbcTemplate jdbc;

    private final FilingIndexer index;

    public SampleFilingWriter(JdbcTemplate jdbc, FilingIndexer index) {
        this.jdbc = jdbc;
        this.index = index;
    }

    /**
     * Generates {@code count} filings and writes them.
     *
     * @return the number of filings written
     */
    public int write(SampleFilingGenerator generator, int count) {
        Batch batch = new Batch(ids("select slug, id from member_company"),
                ids("select code, id from technology_area"), Instant.now());
        generator.generate(count, batch::add);
        batch.flush();
        this.index.indexWrittenAfterCommit(batch.written);
        return batch.written.size();
    }

    /**
     * Writes the given filings (made elsewhere, e.g. a chunk of a large generation) and returns them as
     * written, for the caller to hand to the search index once they are committed.
     */
    public List<WrittenFiling> writeAll(List<SampleFiling> filings) {
        Batch batch = new Batch(ids("select slug, id from member_company"),
                ids("select code, id from technology_area"), Instant.now());
        filings.forEach(batch::add);
        batch.flush();
        return batch.written;
    }

    private Map<String, Long> ids(String sql) {
        Map<String, Long> ids = new HashMap<>();
        this.jdbc.query(sql, rs -> {
            ids.put(rs.getString(1), rs.getLong(2));
        });
        return ids;
    }

    private final class Batch {

        private final Map<String, Long> members;

        private final Map<String, Long> areas;

        private final OffsetDateTime now;

        private final List<SampleFiling> pending = new ArrayList<>(BATCH_SIZE);

        private final List<WrittenFiling> written = new ArrayList<>();

        Batch(Map<String, Long> members, Map<String, Long> areas, Instant now) {
            this.members = members;
            this.areas = areas;
            this.now = now.atOffset(ZoneOffset.UTC);
        }

        void add(SampleFiling filing) {
            this.pending.add(filing);
            if (this.pending.size() == BATCH_SIZE) {
                flush();
            }
        }

        void flush() {
            if (this.pending.isEmpty()) {
                return;
            }
            SampleFilingWriter.this.jdbc.batchUpdate(INSERT_FILING, this.pending, BATCH_SIZE, this::setFiling);
            Map<String, Long> ids = idsOf(this.pending);
            List<Object[]> ipc = new ArrayList<>();
            for (SampleFiling f : this.pending) {
                Long id = ids.get(key(f.number().office(), f.number().normalised()));
                for (int i = 0; i < f.ipcSymbols().size(); i++) {
                    ipc.add(new Object[] { id, i, f.ipcSymbols().get(i) });
                }
                this.written.add(new WrittenFiling(id, f.number().office(), f.number().normalised(),
                        require(this.members, f.applicantSlug(), "member"), require(this.areas, f.areaCode(), "area"),
                        f.title(), f.abstractText(), f.filingDate(), f.legalStatus(), f.publicationDate(),
                        f.ipcSymbols(), f.openLicence(), f.familyKey(), this.now.toInstant(), 0));
            }
            SampleFilingWriter.this.jdbc.batchUpdate(INSERT_IPC, ipc);
            this.pending.clear();
        }

        /** The ids of the filings just inserted: one query per office. */
        private Map<String, Long> idsOf(List<SampleFiling> filings) {
            Map<PatentOffice, List<String>> byOffice = new EnumMap<>(PatentOffice.class);
            filings.forEach(f -> byOffice.computeIfAbsent(f.number().office(), o -> new ArrayList<>())
                .add(f.number().normalised()));
            Map<String, Long> ids = new HashMap<>();
            byOffice.forEach((office, numbers) -> SampleFilingWriter.this.jdbc.query(NEW_IDS, ps -> {
                ps.setArray(1, ps.getConnection().createArrayOf("varchar", numbers.toArray()));
                ps.setString(2, office.name());
            }, rs -> {
                ids.put(key(office, rs.getString(1)), rs.getLong(2));
            }));
            return ids;
        }

        private static String key(PatentOffice office, String normalisedNumber) {
            return office.name() + ' ' + normalisedNumber;
        }

        private void setFiling(PreparedStatement ps, SampleFiling f) throws SQLException {
            ps.setString(1, f.number().office().name());
            ps.setString(2, f.number().normalised());
            ps.setLong(3, require(this.members, f.applicantSlug(), "member"));
            ps.setString(4, f.title());
            ps.setString(5, f.abstractText());
            ps.setDate(6, Date.valueOf(f.filingDate()));
            ps.setInt(7, f.filingDate().getYear());
            setDate(ps, 8, f.priorityDate());
            ps.setString(9, f.publicationNumber());
            setDate(ps, 10, f.publicationDate());
            ps.setString(11, f.grantNumber());
            setDate(ps, 12, f.grantDate());
            ps.setString(13, f.legalStatus().name());
            ps.setBoolean(14, org.aiip.tracker.filing.PatentFiling.isPublic(f.publicationNumber(), f.publicationDate()));
            ps.setLong(15, require(this.areas, f.areaCode(), "technology area"));
            ps.setBoolean(16, f.openLicence());
            ps.setString(17, f.licenceTerms());
            ps.setString(18, f.familyKey());
            ps.setObject(19, this.now);
            ps.setObject(20, this.now);
        }

        private static void setDate(PreparedStatement ps, int index, LocalDate date) throws SQLException {
            if (date == null) {
                ps.setNull(index, Types.DATE);
            }
            else {
                ps.setDate(index, Date.valueOf(date));
            }
        }

        private static long require(Map<String, Long> ids, String key, String what) {
            Long id = ids.get(key);
            if (id == null) {
                throw new IllegalStateException("The sample needs the " + what + " '" + key + "', which is missing");
            }
            return id;
        }

    }

}
