package org.aiip.tracker.importing.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One uploaded CSV file and what became of it: who uploaded it, where it waits on disk, its
 * state, progress and counts. Pages address it by its random {@link #getPublicId() public id};
 * the numeric id is what the audit trail names. Changed only through {@link ImportJobStore},
 * each change in a short transaction of its own, so progress is visible while a file is written.
 */
@Entity
@Table(name = "import_job")
class ImportJob {

    static final String ARG_SEPARATOR = "\u001F";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String publicId;

    private String owner;

    private Long ownerMemberId;

    private String locale;

    private String fileName;

    private String filePath;

    private long fileSize;

    @Enumerated(EnumType.STRING)
    private ImportState state;

    @Enumerated(EnumType.STRING)
    @Column(name = "import_mode")
    private ImportMode mode;

    @Enumerated(EnumType.STRING)
    private MatchChoice onMatch;

    private int totalRows;

    private int rowsDone;

    private int validRows;

    private int errorRows;

    private int matchRows;

    private int waitingRows;

    private int joinRows;

    private int conflictCount;

    private String fileFormat;

    private int createdCount;

    private int updatedCount;

    private int skippedCount;

    private int unchangedCount;

    private String messageCode;

    private String messageArgs;

    private String errorReportPath;

    private Instant createdAt;

    private Instant startedAt;

    private Instant finishedAt;

    /** The instance that runs (or last ran) the job ({@link ImportJobStore#instance()}). */
    private String runner;

    /** When {@link #runner} last said that it still works on the job. */
    private Instant heartbeatAt;

    /** How far the written filings have reached the search index; null when the job wrote nothing to index. */
    @Enumerated(EnumType.STRING)
    private IndexState indexState;

    private int indexTotal;

    private int indexedRows;

    private Instant indexedAt;

    protected ImportJob() {
    }

    ImportJob(String publicId, String owner, Long ownerMemberId, Locale locale, String fileName, String filePath,
            long fileSize) {
        this.publicId = publicId;
        this.owner = owner;
        this.ownerMemberId = ownerMemberId;
        this.locale = locale.toLanguageTag();
        this.fileName = fileName;
        this.filePath = filePath;
        this.fileSize = fileSize;
        this.state = ImportState.VALIDATING;
        this.createdAt = Instant.now();
    }

    /** Rows handled per second in the current (or last) phase, 0 before any. */
    /** A job as far as its files go (the sweeper's view): id, public id, upload and error report paths. */
    static ImportJob forFiles(Long id, String publicId, String filePath, String errorReportPath) {
        ImportJob job = new ImportJob();
        job.id = id;
        job.publicId = publicId;
        job.filePath = filePath;
        job.errorReportPath = errorReportPath;
        return job;
    }

    public long rowsPerSecond() {
        if (this.startedAt == null || this.rowsDone == 0) {
            return 0;
        }
        Instant end = this.state.isRunning() || this.finishedAt == null ? Instant.now() : this.finishedAt;
        long millis = Math.max(1, Duration.between(this.startedAt, end).toMillis());
        return this.rowsDone * 1000L / millis;
    }

    /** Whether the written filings are still being added to the search index: the page refreshes itself. */
    public boolean isIndexing() {
        return this.indexState == IndexState.INDEXING;
    }

    /** Seconds from the end of the writing to the index holding every written filing, or -1 when not so. */
    public long secondsToFindable() {
        if (this.indexedAt == null || this.finishedAt == null || this.indexState != IndexState.INDEXED) {
            return -1;
        }
        return Math.max(0, Duration.between(this.finishedAt, this.indexedAt).toSeconds());
    }

    /** The estimated seconds left in the running phase, or -1 when not known yet. */
    public long secondsLeft() {
        long rate = rowsPerSecond();
        if (rate == 0 || this.totalRows <= this.rowsDone) {
            return -1;
        }
        return (this.totalRows - this.rowsDone + rate - 1) / rate;
    }

    /** The message arguments of the outcome, for the page's language. */
    public List<String> messageArguments() {
        return this.messageArgs == null || this.messageArgs.isEmpty() ? List.of()
                : List.of(this.messageArgs.split(ARG_SEPARATOR, -1));
    }

    public Locale locale() {
        return Locale.forLanguageTag(this.locale);
    }

    public Long getId() {
        return this.id;
    }

    public String getPublicId() {
        return this.publicId;
    }

    public String getOwner() {
        return this.owner;
    }

    public Long getOwnerMemberId() {
        return this.ownerMemberId;
    }

    public String getFileName() {
        return this.fileName;
    }

    public String getFilePath() {
        return this.filePath;
    }

    public long getFileSize() {
        return this.fileSize;
    }

    public ImportState getState() {
        return this.state;
    }

    public ImportMode getMode() {
        return this.mode;
    }

    public MatchChoice getOnMatch() {
        return this.onMatch;
    }

    public int getTotalRows() {
        return this.totalRows;
    }

    public int getRowsDone() {
        return this.rowsDone;
    }

    public int getValidRows() {
        return this.validRows;
    }

    public int getErrorRows() {
        return this.errorRows;
    }

    public int getMatchRows() {
        return this.matchRows;
    }

    /** Rows that wait for company names to be decided on /admin/names. */
    public int getWaitingRows() {
        return this.waitingRows;
    }

    /** Rows that add to an earlier row of the same file: the same application. */
    public int getJoinRows() {
        return this.joinRows;
    }

    /** Fields the file would change that were entered or changed by hand since the last import. */
    public int getConflictCount() {
        return this.conflictCount;
    }

    /** The kind of file ({@link ImportFormat}), once checked. */
    public String getFileFormat() {
        return this.fileFormat;
    }

    public int getCreatedCount() {
        return this.createdCount;
    }

    public int getUpdatedCount() {
        return this.updatedCount;
    }

    public int getSkippedCount() {
        return this.skippedCount;
    }

    /** Matching filings that already had every value their row brings, left as they were. */
    public int getUnchangedCount() {
        return this.unchangedCount;
    }

    public String getMessageCode() {
        return this.messageCode;
    }

    public String getErrorReportPath() {
        return this.errorReportPath;
    }

    public Instant getCreatedAt() {
        return this.createdAt;
    }

    public Instant getStartedAt() {
        return this.startedAt;
    }

    public Instant getFinishedAt() {
        return this.finishedAt;
    }

    public String getRunner() {
        return this.runner;
    }

    public IndexState getIndexState() {
        return this.indexState;
    }

    public int getIndexTotal() {
        return this.indexTotal;
    }

    public int getIndexedRows() {
        return this.indexedRows;
    }

    public Instant getIndexedAt() {
        return this.indexedAt;
    }

    public Instant getHeartbeatAt() {
        return this.heartbeatAt;
    }

}
