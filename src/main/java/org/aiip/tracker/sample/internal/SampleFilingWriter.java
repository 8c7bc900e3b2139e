package org.aiip.tracker.sample.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import org.aiip.tracker.filing.FilingBulkWriter;
import org.aiip.tracker.filing.FilingIndexer;
import org.aiip.tracker.filing.FilingService;
import org.aiip.tracker.filing.WrittenFiling;
import org.aiip.tracker.sample.SampleFiling;
import org.aiip.tracker.sample.SampleFilingGenerator;

/**
 * Writes generated filings a batch at a time through filing's one bulk entry point ({@link FilingBulkWriter},
 * marked as sample), so that memory stays flat however many filings are made. Runs inside the caller's
 * transaction; the search index takes the filings once it has committed.
 */
@Component
class SampleFilingWriter {

    static final int BATCH_SIZE = 1000;

    private final FilingBulkWriter filings;

    private final FilingService areas;

    private final JdbcTemplate jdbc;

    private final FilingIndexer index;

    public SampleFilingWriter(FilingBulkWriter filings, FilingService areas, JdbcTemplate jdbc, FilingIndexer index) {
        this.filings = filings;
        this.areas = areas;
        this.jdbc = jdbc;
        this.index = index;
    }

    /**
     * Generates {@code count} filings and writes them.
     *
     * @return the number of filings written
     */
    public int write(SampleFilingGenerator generator, int count) {
        Batch batch = new Batch();
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
        Batch batch = new Batch();
        filings.forEach(batch::add);
        batch.flush();
        return batch.written;
    }

    private Map<String, Long> memberIds() {
        Map<String, Long> ids = new HashMap<>();
        this.jdbc.query("select slug, id from member_company", rs -> {
            ids.put(rs.getString(1), rs.getLong(2));
        });
        return ids;
    }

    private final class Batch {

        private final Map<String, Long> members = memberIds();

        private final Map<String, Long> areaIds = SampleFilingWriter.this.areas.areaIdsByCode();

        private final List<FilingBulkWriter.Row> pending = new ArrayList<>(BATCH_SIZE);

        private final List<WrittenFiling> written = new ArrayList<>();

        void add(SampleFiling filing) {
            this.pending.add(row(filing));
            if (this.pending.size() == BATCH_SIZE) {
                flush();
            }
        }

        void flush() {
            if (this.pending.isEmpty()) {
                return;
            }
            this.written.addAll(SampleFilingWriter.this.filings.insert(this.pending, FilingBulkWriter.Origin.SAMPLE));
            this.pending.clear();
        }

        /** The generated values as they are: the generator makes them clean. */
        private FilingBulkWriter.Row row(SampleFiling f) {
            return new FilingBulkWriter.Row(f.number().office(), f.number(),
                    require(this.members, f.applicantSlug(), "member"),
                    require(this.areaIds, f.areaCode(), "technology area"), f.title(), f.abstractText(), f.filingDate(),
                    f.priorityDate(), f.publicationNumber(), f.publicationDate(), f.grantNumber(), f.grantDate(),
                    f.legalStatus(), f.openLicence(), f.licenceTerms(), f.familyKey(), f.ipcSymbols());
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
