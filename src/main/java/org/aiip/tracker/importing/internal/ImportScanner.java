package org.aiip.tracker.importing.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.commons.csv.CSVRecord;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import org.aiip.tracker.filing.FilingRules;
import org.aiip.tracker.filing.FilingService;
import org.aiip.tracker.member.CompanyName;
import org.aiip.tracker.member.MemberCompany;
import org.aiip.tracker.member.MemberService;

/**
 * Reads a file row by row and checks every row, a chunk at a time: the filing rules and who may
 * import what per row, repeats within the file from an index of every number seen, and numbers
 * already on record with one query per chunk. Rows of the export formats also have their company
 * names looked up, one query per chunk. Both the preview and the write run this same pass, so what
 * is written is what was checked.
 * <p>
 * The file is parsed and each row checked on its own, a few chunks ahead, on a reading thread, while the
 * caller's thread (and its transaction) writes the chunks before: on two cores the parsing no longer waits
 * for the database, nor the database for the parsing. In the tracker's format the reading thread also looks
 * the rows' numbers up on record, so the writing does not wait for those queries either. Everything that
 * depends on the order of the rows stays on the caller's thread, and so does the look-up of the export
 * formats' rows, which can join a filing an earlier row of the same file has just created.
 */
@Component
class ImportScanner implements DisposableBean {

    // How many checked chunks the reading thread may be ahead of the writing.
    private static final int READ_AHEAD = 2;

    /** What a pass hands on: the header first, then each checked chunk, then progress. */
    interface Listener {

        void header(List<String> names);

        void chunk(List<CheckedRow> rows);

        void progress(int rowsDone);

    }

    private final FilingRules rules;

    private final MemberService members;

    private final FilingService filings;

    private final ExistingFilings existing;

    private final NameContext.Lookup names;

    private final int chunkSize;

    private final int maxRows;

    private final ExecutorService readers;

    ImportScanner(FilingRules rules, MemberService members, FilingService filings, ExistingFilings existing,
            NameContext.Lookup names, @Value("${tracker.import.chunk-size:1000}") int chunkSize,
            @Value("${tracker.import.max-rows:1000000}") int maxRows) {
        this.rules = rules;
        this.members = members;
        this.filings = filings;
        this.existing = existing;
        this.names = names;
        this.chunkSize = chunkSize;
        this.maxRows = maxRows;
        AtomicInteger serial = new AtomicInteger();
        this.readers = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "import-read-" + serial.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void destroy() {
        this.readers.shutdownNow();
    }

    int maxRows() {
        return this.maxRows;
    }

    /**
     * Checks the whole file.
     *
     * @param editorMemberId the company an editor imports for; null for an admin
     * @param chosen conflicts ({@code filingId:field}) for which the person chose the file's value
     * @throws ImportRejectedException when the file as a whole cannot be read
     * @throws ImportInterruptedException when the thread is interrupted
     */
    ScanCounts scan(Path file, Long editorMemberId, Set<String> chosen, Listener listener) throws IOException {
        try (CsvSource source = CsvSource.open(file)) {
            listener.header(source.headerNames());
            Pass pass = new Pass(source, editorMemberId, chosen, listener);
            try (ReadAhead chunks = new ReadAhead(source, pass)) {
                for (Read chunk = chunks.next(); chunk != null; chunk = chunks.next()) {
                    pass.finish(chunk);
                }
            }
            return pass.tally.counts(source.format());
        }
    }

    /** Checks rows that were read before (waiting rows whose names were decided), as one chunk. */
    List<CheckedRow> check(List<SourceRow> rows, ImportFormat format, Long editorMemberId, Set<String> chosen) {
        SourceRowChecker checker = new SourceRowChecker(this.rules, format, areaIds(), editorMemberId);
        NameContext context = this.names.of(keysOf(rows));
        List<CheckedRow> checked = new ArrayList<>();
        Tally tally = new Tally(new KeyIndex(), editorMemberId, chosen);
        for (SourceRow row : rows) {
            checked.add(tally.repeat(checker.check(row, List.of(), context)));
        }
        classify(checked, tally);
        return checked;
    }

    private Map<String, Long> areaIds() {
        return this.filings.areaIdsByCode();
    }

    private static Set<String> keysOf(List<SourceRow> rows) {
        Set<String> keys = new LinkedHashSet<>();
        for (SourceRow row : rows) {
            row.applicants().forEach(name -> keys.add(CompanyName.key(CompanyName.clean(name))));
            row.owners().forEach(name -> keys.add(CompanyName.key(CompanyName.clean(name))));
        }
        keys.remove("");
        return keys;
    }

    private void classify(List<CheckedRow> chunk, Tally tally) {
        boolean exports = chunk.stream().anyMatch(row -> row.extras() != null);
        if (exports) {
            Map<String, ExistingFilings.State> found = this.existing.findStates(chunk);
            for (CheckedRow row : chunk) {
                tally.classifyExport(row, found);
            }
        }
        else {
            Map<String, ExistingFilings.Existing> found = this.existing.find(chunk);
            for (CheckedRow row : chunk) {
                tally.classify(row, found);
            }
        }
    }

    /** One pass over a file: reads records into chunks and checks each chunk. */
    private final class Pass {

        private final Listener listener;

        private final Tally tally;

        private final RowChecker trackerRows;

        private final SourceRowReader exportRows;

        private final SourceRowChecker exportChecker;

        Pass(CsvSource source, Long editorMemberId, Set<String> chosen, Listener listener) {
            this.listener = listener;
            this.tally = new Tally(new KeyIndex(), editorMemberId, chosen);
            Map<String, Long> areaIds = areaIds();
            if (source.format() == ImportFormat.TRACKER) {
                Map<String, Long> memberIds = new HashMap<>();
                for (MemberCompany member : ImportScanner.this.members.all()) {
                    memberIds.put(member.getSlug(), member.getId());
                }
                this.trackerRows = new RowChecker(ImportScanner.this.rules, memberIds, areaIds, editorMemberId,
                        source.columns(), source.headerNames().size());
                this.exportRows = null;
                this.exportChecker = null;
            }
            else {
                this.trackerRows = null;
                this.exportRows = SourceRowReader.of(source.format(), source.headerNames());
                this.exportChecker = new SourceRowChecker(ImportScanner.this.rules, source.format(), areaIds,
                        editorMemberId);
            }
        }

        /**
         * On the reading thread: what each row needs of nothing but itself (parsing and the filing
         * rules for the tracker's format, reading the columns for the others). For the tracker's format
         * the rows' numbers are also looked up on record, on one more thread with a connection of its
         * own, while the caller's thread writes the chunks before: what the caller's transaction wrote
         * before cannot change what these rows find, as a number seen in an earlier row is a repeat
         * and a new filing has a number, so is never found by a serial ({@link ExistingFilings#find}).
         */
        Read read(List<CSVRecord> records) {
            if (this.trackerRows != null) {
                List<CheckedRow> checked = new ArrayList<>(records.size());
                for (CSVRecord record : records) {
                    checked.add(this.trackerRows.check(record, (int) record.getRecordNumber()));
                }
                return new Read(records, checked, null,
                        ImportScanner.this.readers.submit(() -> ImportScanner.this.existing.find(checked)));
            }
            List<SourceRow> rows = new ArrayList<>(records.size());
            for (CSVRecord record : records) {
                rows.add(this.exportRows.read(record, (int) record.getRecordNumber()));
            }
            return new Read(records, null, rows, null);
        }

        /**
         * On the caller's thread, in file order: the row limit, repeats within the file, company names
         * and the filings on record, then the listener.
         */
        void finish(Read read) {
            if (Thread.currentThread().isInterrupted()) {
                throw new ImportInterruptedException();
            }
            for (int i = 0; i < read.records().size(); i++) {
                if (this.tally.total == ImportScanner.this.maxRows) {
                    throw new ImportRejectedException("importing.rejected.tooManyRows", ImportScanner.this.maxRows);
                }
                this.tally.total++;
            }
            List<CheckedRow> chunk = new ArrayList<>(read.records().size());
            if (read.checked() != null) {
                for (CheckedRow row : read.checked()) {
                    chunk.add(this.tally.repeat(row));
                }
                Map<String, ExistingFilings.Existing> found = read.found();
                for (CheckedRow row : chunk) {
                    this.tally.classify(row, found);
                }
            }
            else {
                NameContext context = ImportScanner.this.names.of(keysOf(read.rows()));
                for (int i = 0; i < read.rows().size(); i++) {
                    chunk.add(this.tally
                        .repeat(this.exportChecker.check(read.rows().get(i), read.records().get(i).toList(), context)));
                }
                classify(chunk, this.tally);
            }
            this.listener.chunk(chunk);
            this.listener.progress(this.tally.total);
        }

    }

    /**
     * A chunk as the reading thread hands it over: its records, and either checked rows with the filings on record
     * for their numbers (tracker's format) or read rows.
     */
    private record Read(List<CSVRecord> records, List<CheckedRow> checked, List<SourceRow> rows,
            Future<Map<String, ExistingFilings.Existing>> lookUp) {

        /** The filings on record for the checked rows' numbers, once the look-up has them. */
        Map<String, ExistingFilings.Existing> found() {
            try {
                return this.lookUp.get();
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new ImportInterruptedException();
            }
            catch (ExecutionException ex) {
                if (ex.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                throw new IllegalStateException("Looking filings up failed", ex.getCause());
            }
        }

    }

    /**
     * Reads the file and prepares its chunks ({@link Pass#read}) on a reading thread, at most
     * {@value #READ_AHEAD} chunks ahead; hands them over in order, then what reading threw, if anything.
     * Closing it stops the reading thread and waits until it has left the file.
     */
    private final class ReadAhead implements AutoCloseable {

        private static final Object END = new Object();

        private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(READ_AHEAD);

        private final Future<?> reading;

        private volatile boolean closed;

        ReadAhead(CsvSource source, Pass pass) {
            this.reading = ImportScanner.this.readers.submit(() -> read(source, pass));
        }

        private void read(CsvSource source, Pass pass) {
            try {
                List<CSVRecord> records = new ArrayList<>(ImportScanner.this.chunkSize);
                for (CSVRecord record = source.next(); record != null && !this.closed; record = source.next()) {
                    records.add(record);
                    if (records.size() == ImportScanner.this.chunkSize) {
                        hand(pass.read(records));
                        records = new ArrayList<>(ImportScanner.this.chunkSize);
                    }
                }
                if (!records.isEmpty()) {
                    hand(pass.read(records));
                }
                hand(END);
            }
            catch (RuntimeException | Error ex) {
                hand(ex);
            }
        }

        private void hand(Object item) {
            try {
                while (!this.closed && !this.queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                    // the writing is behind: wait, unless the pass has ended
                }
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        }

        /** The next chunk, or null at the end of the file; throws what reading the file threw. */
        Read next() {
            Object item;
            try {
                item = this.queue.take();
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new ImportInterruptedException();
            }
            if (item == END) {
                return null;
            }
            if (item instanceof RuntimeException ex) {
                throw ex;
            }
            if (item instanceof Error error) {
                throw error;
            }
            return (Read) item;
        }

        @Override
        public void close() {
            this.closed = true;
            try {
                this.reading.get();
            }
            catch (ExecutionException ex) {
                // handed over as an item already, or the pass ended before it
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        }

    }

    /** Running counts and the index of numbers seen. */
    private static final class Tally {

        private final KeyIndex keys;

        private final Long editorMemberId;

        private final Set<String> chosen;

        private int total;

        private int errors;

        private int matches;

        private int waiting;

        private int joins;

        private int conflicts;

        /**
         * The filings on record known by their publication only that rows have matched, with the row: few (they
         * come from registers' exports without application numbers), so a map.
         */
        private final Map<Long, Integer> byPublication = new HashMap<>();

        Tally(KeyIndex keys, Long editorMemberId, Set<String> chosen) {
            this.keys = keys;
            this.editorMemberId = editorMemberId;
            this.chosen = chosen;
        }

        ScanCounts counts(ImportFormat format) {
            return new ScanCounts(this.total, this.total - this.errors, this.errors, this.matches, this.waiting,
                    this.joins, this.conflicts, format);
        }

        /**
         * A number that appeared in an earlier row of the file: in the tracker's own format an error; in
         * an export, the same application told again (its grant after its publication), which joins it.
         */
        CheckedRow repeat(CheckedRow row) {
            if (row.extras() != null) {
                int first = -1;
                for (String key : exportKeys(row)) {
                    int seen = this.keys.putIfAbsent(key, row.row());
                    if (seen >= 0 && seen != row.row() && first < 0) {
                        first = seen;
                    }
                }
                if (first >= 0) {
                    row.joinRow(first);
                }
                return row;
            }
            if (row.number() != null) {
                String key = ExistingFilings.key(row.number().office(), row.number().normalised());
                int first = this.keys.putIfAbsent(key, row.row());
                if (first >= 0) {
                    row.reject(RowIssue.of(RowChecker.name(RowChecker.NUMBER), "importing.duplicateRow",
                            "the same office and number appear in an earlier row", first));
                }
            }
            return row;
        }

        private static List<String> exportKeys(CheckedRow row) {
            List<String> keys = new ArrayList<>();
            if (row.number() != null) {
                keys.add(ExistingFilings.key(row.number().office(), row.number().normalised()));
            }
            row.extras().serials().forEach(serial -> keys.add(ExistingFilings.serialKey(serial)));
            return keys;
        }

        void classify(CheckedRow row, Map<String, ExistingFilings.Existing> found) {
            if (!row.hasErrors()) {
                ExistingFilings.Existing match = row.number() == null ? null
                        : found.get(ExistingFilings.key(row.number().office(), row.number().normalised()));
                boolean bySerial = match == null;
                for (String serial : ExistingFilings.serialsOf(row)) {
                    match = match != null ? match : found.get(ExistingFilings.serialKey(serial));
                }
                Integer first = (match != null && bySerial) ? this.byPublication.putIfAbsent(match.id(), row.row())
                        : null;
                if (first != null && first != row.row()) {
                    // Two rows for one filing known by its publication: the second would undo the first.
                    row.reject(RowIssue.of(RowChecker.name(RowChecker.PUBLICATION_NUMBER),
                            "importing.duplicatePublication", "an earlier row names the same publication", first));
                }
                else if (match == null && row.number() == null) {
                    // Named by its publication only, the row can update a filing on record known the same way,
                    // but not add one: a new filing needs its application number (or an export of a register).
                    row.reject(RowIssue.of(RowChecker.name(RowChecker.NUMBER), "importing.publicationOnlyUnknown",
                            "no filing on record is known by this publication alone; enter the application number"));
                }
                else if (match != null && this.editorMemberId != null && match.applicantId() != this.editorMemberId) {
                    // An editor may not change another company's filing; whether it exists (it may be
                    // unpublished) is not said: only that the number cannot be used.
                    row.reject(RowIssue.of(RowChecker.name(RowChecker.NUMBER), "filing.numberUnavailable",
                            "this application number cannot be used"));
                }
                else if (match != null) {
                    row.matchExisting(match.id());
                }
            }
            count(row);
        }

        void classifyExport(CheckedRow row, Map<String, ExistingFilings.State> found) {
            if (!row.hasErrors()) {
                ExistingFilings.State match = null;
                for (String key : exportKeys(row)) {
                    match = found.get(key);
                    if (match != null) {
                        break;
                    }
                }
                if (match != null && this.editorMemberId != null && match.applicantId() != this.editorMemberId) {
                    row.reject(RowIssue.of("", "filing.numberUnavailable", "this application number cannot be used"));
                }
                else if (match != null) {
                    row.matchExisting(match.id());
                    row.conflicts(ImportedFields
                        .patch(match.id(), match.values(), match.dateSource(), match.fingerprint(), row, this.chosen)
                        .conflicts());
                }
            }
            count(row);
        }

        private void count(CheckedRow row) {
            this.conflicts += row.conflicts().size();
            if (row.hasErrors()) {
                this.errors++;
            }
            else if (row.waits()) {
                this.waiting++;
            }
            else if (row.matches()) {
                this.matches++;
            }
            else if (row.joins()) {
                this.joins++;
            }
        }

    }

}
