package org.aiip.tracker.filing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.hibernate.search.engine.backend.work.execution.DocumentCommitStrategy;
import org.hibernate.search.engine.backend.work.execution.DocumentRefreshStrategy;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategyConfigurationContext;
import org.hibernate.search.mapper.pojo.work.SearchIndexingPlanExecutionReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.aiip.tracker.member.MemberCompany;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings the search index in step with filings written by SQL rather than through JPA (the import,
 * the sample and the generator write with JDBC batches or PostgreSQL's COPY, which Hibernate Search
 * does not see; changes through JPA are indexed by Hibernate Search itself when their transaction
 * commits). The filings are read back from the database, the source of truth, a chunk at a time.
 */
@Component
public class FilingIndexer implements DisposableBean {

    /** Filings read and indexed at a time. */
    static final int CHUNK = 1000;

    private static final Logger log = LoggerFactory.getLogger(FilingIndexer.class);

    private final EntityManager em;

    private final EntityManagerFactory entityManagerFactory;

    private final TransactionTemplate readOnly;

    /** Index work of this instance running now (after a commit, a catch-up, a bulk load, a rebuild). */
    private final AtomicInteger running = new AtomicInteger();

    /** Whether some index work of this instance failed since it started. */
    private volatile boolean failed;

    /**
     * Index work handed to the background ({@link #indexInBackgroundAfterCommit}): one job at a time, in the order
     * their transactions committed, so that a later import's values are never overwritten by an earlier one's.
     */
    private final ExecutorService background = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "filing-index");
        thread.setDaemon(true);
        return thread;
    });

    /** Set when the application stops: background work stops at its next chunk (a start catches up). */
    private volatile boolean stopping;

    FilingIndexer(EntityManager em, EntityManagerFactory entityManagerFactory, PlatformTransactionManager transactions) {
        this.em = em;
        this.entityManagerFactory = entityManagerFactory;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Indexes these filings as they are once the current transaction has committed (at once when
     * there is none). A rolled-back transaction indexes nothing, as with Hibernate Search's own
     * indexing. The filings one transaction names, in however many calls (an import names them a
     * chunk at a time), are indexed together after its commit, with one commit of the index.
     */
    public void indexAfterCommit(Collection<Long> filingIds) {
        if (filingIds.isEmpty()) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            index(filingIds);
            return;
        }
        pending().ids.addAll(filingIds);
    }

    /**
     * For the current transaction (which must be active): the filings it names through {@link #indexAfterCommit},
     * before and after this call, are indexed in the background once it has committed, and the committing thread
     * does not wait for them. The background indexes one transaction's filings at a time, in the order they
     * committed. Until it is done, lists and searches show those filings as they were; their own pages, read from
     * the database, show them as written. {@code progress} hears of the work: {@link BackgroundProgress#queued} on
     * the committing thread right after the commit (never after a rollback), the rest from the background.
     */
    public void indexInBackgroundAfterCommit(BackgroundProgress progress) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("Background indexing after a commit needs a transaction");
        }
        pending().background = progress;
    }

    /** What a caller of {@link #indexInBackgroundAfterCommit} hears of the work. */
    public interface BackgroundProgress {

        /** The transaction committed; this many filings wait for the index. */
        void queued(int filings);

        /** This many of them have been read and handed to the index so far. */
        void indexed(int filings);

        /** The index holds them all, committed: lists and searches show them. */
        void done();

        /** The work failed or was cut off by a stop; the next start of this instance catches up. */
        void failed(RuntimeException ex);

    }

    // The transaction's synchronizations, not a bound resource: those of an enclosing transaction
    // are set aside while an inner one (REQUIRES_NEW) runs, so each transaction indexes its own.
    private AfterCommit pending() {
        return TransactionSynchronizationManager.getSynchronizations().stream()
            .filter(AfterCommit.class::isInstance)
            .map(AfterCommit.class::cast)
            .filter(s -> s.indexer() == this)
            .findFirst()
            .orElseGet(() -> {
                AfterCommit added = new AfterCommit();
                TransactionSynchronizationManager.registerSynchronization(added);
                return added;
            });
    }

    /** The filings a transaction named for the index, indexed once it has committed. */
    private final class AfterCommit implements TransactionSynchronization {

        private final List<Long> ids = new ArrayList<>();

        /** Set when the filings are indexed in the background rather than on the committing thread. */
        private BackgroundProgress background;

        FilingIndexer indexer() {
            return FilingIndexer.this;
        }

        @Override
        public void afterCommit() {
            if (this.background == null) {
                index(this.ids);
            }
            else {
                inBackground(List.copyOf(this.ids), this.background);
            }
        }

    }

    /**
     * Counted as running from now (so a stop before it ends records nothing as settled), then indexed in turn. What
     * the listener does never stops the indexing, nor fails the committed transaction: its failures are logged.
     */
    private void inBackground(List<Long> ids, BackgroundProgress listener) {
        BackgroundProgress progress = new Heeded(listener);
        progress.queued(ids.size());
        this.running.incrementAndGet();
        try {
            this.background.execute(() -> {
                try {
                    index(ids, progress::indexed);
                    progress.done();
                }
                catch (RuntimeException ex) {
                    this.failed = true;
                    log.warn("Indexing {} filings in the background failed; the next start of this instance "
                            + "indexes them: {}", ids.size(), ex.toString());
                    progress.failed(ex);
                }
                finally {
                    this.running.decrementAndGet();
                }
            });
        }
        catch (RuntimeException ex) { // refused: the application is stopping
            this.running.decrementAndGet();
            this.failed = true;
            progress.failed(ex);
        }
    }

    /** A listener whose failures (the database away for a moment) are logged, not thrown. */
    private record Heeded(BackgroundProgress listener) implements BackgroundProgress {

        @Override
        public void queued(int filings) {
            heed(() -> this.listener.queued(filings));
        }

        @Override
        public void indexed(int filings) {
            heed(() -> this.listener.indexed(filings));
        }

        @Override
        public void done() {
            heed(this.listener::done);
        }

        @Override
        public void failed(RuntimeException ex) {
            heed(() -> this.listener.failed(ex));
        }

        private static void heed(Runnable call) {
            try {
                call.run();
            }
            catch (RuntimeException ex) {
                log.warn("Telling of background indexing failed: {}", ex.toString());
            }
        }

    }

    /**
     * When the application stops: background work stops at its next chunk, and what it did not index is taken
     * by the next start's catch-up ({@link FilingIndexState}, which records nothing as settled meanwhile).
     */
    @Override
    public void destroy() throws InterruptedException {
        this.stopping = true;
        this.background.shutdown();
        if (!this.background.awaitTermination(10, TimeUnit.SECONDS)) {
            log.warn("Background indexing did not stop in time; the next start catches up");
        }
    }

    /**
     * Indexes these filings as they are in the database now: added or replaced, and removed from the
     * index when they are no longer there. Returns when the index has them, committed to disk.
     * A chunk is read from the database while the index takes the one before (the index is not
     * committed per chunk: each commit syncs the disk, and an import of 140,000 filings spent a third
     * of its writing time waiting for them).
     */
    public void index(Collection<Long> filingIds) {
        tracked(() -> index(filingIds, done -> { }));
    }

    /** {@link #index(Collection)}, telling {@code progress} how many filings it has handed to the index so far. */
    private void index(Collection<Long> filingIds, IntConsumer progress) {
        List<Long> ids = new ArrayList<>(filingIds);
        Pipelined work = new Pipelined();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            if (this.stopping) {
                throw new IllegalStateException("The application is stopping");
            }
            List<Long> chunk = ids.subList(from, Math.min(from + CHUNK, ids.size()));
            this.readOnly.executeWithoutResult(status -> indexChunk(chunk, work));
            progress.accept(from + chunk.size());
        }
        work.await();
        flush();
    }

    /**
     * Index work handed to the index without waiting for it, neither committed nor made visible per
     * chunk; {@link #await} waits for all of it and fails if any failed. Searches see the changes once
     * the index has taken them (its readers are refreshed when a search finds the index changed).
     */
    private static final class Pipelined implements IndexingPlanSynchronizationStrategy {

        private final List<CompletableFuture<? extends SearchIndexingPlanExecutionReport>> submitted =
                new ArrayList<>();

        @Override
        public void apply(IndexingPlanSynchronizationStrategyConfigurationContext context) {
            context.documentCommitStrategy(DocumentCommitStrategy.NONE);
            context.documentRefreshStrategy(DocumentRefreshStrategy.NONE);
            context.indexingFutureHandler(this.submitted::add);
        }

        void await() {
            for (CompletableFuture<? extends SearchIndexingPlanExecutionReport> future : this.submitted) {
                SearchIndexingPlanExecutionReport report = future.join();
                if (report.throwable().isPresent()) {
                    throw new IllegalStateException("Indexing filings failed for "
                            + report.failingEntities().size() + " of them", report.throwable().get());
                }
            }
        }

    }

    /**
     * Indexes filings just inserted with SQL from the values written, without reading them back: the
     * bulk writers' path. The caller's transaction must have committed them.
     */
    public void indexWritten(List<WrittenFiling> written) {
        tracked(() -> indexWrittenChunks(written));
    }

    private void indexWrittenChunks(List<WrittenFiling> written) {
        for (int from = 0; from < written.size(); from += CHUNK) {
            List<WrittenFiling> chunk = written.subList(from, Math.min(from + CHUNK, written.size()));
            this.readOnly.executeWithoutResult(status -> {
                SearchSession search = Search.session(this.em);
                // No commit of the index per chunk (each would sync the disk): it commits every second by
                // itself, and flush() commits at the end of the bulk load.
                search.indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.async());
                // The plan taken once a chunk: each indexingPlan() looks it up through Hibernate ORM's session
                // properties, which copies them into a new map (0.7 of the 20 GB a million filings allocate).
                SearchIndexingPlan plan = search.indexingPlan();
                Map<Long, MemberCompany> members = new HashMap<>();
                Map<Long, TechnologyArea> areas = new HashMap<>();
                for (WrittenFiling w : chunk) {
                    MemberCompany applicant = members.computeIfAbsent(w.applicantId(),
                            id -> this.em.getReference(MemberCompany.class, id));
                    TechnologyArea area = areas.computeIfAbsent(w.areaId(),
                            id -> this.em.getReference(TechnologyArea.class, id));
                    plan.addOrUpdate(PatentFiling.written(w, applicant, area));
                }
                plan.execute();
                this.em.clear();
            });
        }
    }

    /** Commits what the index has been given so far to disk (after a bulk load through {@link #indexWritten}). */
    public void flush() {
        Search.mapping(this.entityManagerFactory).scope(PatentFiling.class).workspace().flush();
    }

    /** {@link #indexWritten} once the current transaction has committed (at once when there is none). */
    public void indexWrittenAfterCommit(List<WrittenFiling> written) {
        if (written.isEmpty()) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            indexWritten(written);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                indexWritten(written);
            }
        });
    }

    /**
     * Builds the whole index afresh from the database (Hibernate Search's mass indexer: every filing
     * read in batches by two threads), telling the progress as it goes; returns when it is done.
     */
    public void rebuild(MassIndexingMonitor progress) {
        tracked(() -> massIndex(progress));
    }

    private void massIndex(MassIndexingMonitor progress) {
        try {
            Search.mapping(this.entityManagerFactory)
                .scope(PatentFiling.class)
                .massIndexer()
                .purgeAllOnStart(true)
                .threadsToLoadObjects(2)
                .batchSizeToLoadObjects(500)
                .idFetchSize(10_000)
                .monitor(progress)
                .startAndWait();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Building the search index was interrupted", ex);
        }
    }

    /**
     * Whether all index work this instance started has finished and none of it failed: only then may a stop
     * record that the index holds every committed change ({@link FilingIndexState}). Work cut off by the stop
     * (an index written after an import's commit, a catch-up, a rebuild) leaves it false.
     */
    boolean settled() {
        return this.running.get() == 0 && !this.failed;
    }

    /** Runs index work, counted in {@link #settled} while it runs and when it fails. */
    void tracked(Runnable work) {
        this.running.incrementAndGet();
        try {
            work.run();
        }
        catch (RuntimeException | Error ex) {
            this.failed = true;
            throw ex;
        }
        finally {
            this.running.decrementAndGet();
        }
    }

    /** Mass indexing progress as a log line every ten seconds. */
    public static class LoggedProgress implements MassIndexingMonitor {

        private final Logger log;

        private final AtomicLong total = new AtomicLong();

        private final AtomicLong done = new AtomicLong();

        private final long started = System.nanoTime();

        private volatile long lastReport = System.nanoTime();

        public LoggedProgress(Logger log) {
            this.log = log;
        }

        @Override
        public void addToTotalCount(long count) {
            this.total.addAndGet(count);
        }

        @Override
        public void documentsAdded(long increment) {
            long now = System.nanoTime();
            long added = this.done.addAndGet(increment);
            if (now - this.lastReport > 10_000_000_000L) {
                this.lastReport = now;
                report(added, now);
            }
        }

        @Override
        public void documentsBuilt(long increment) {
        }

        @Override
        public void entitiesLoaded(long increment) {
        }

        @Override
        public void indexingCompleted() {
            report(this.done.get(), System.nanoTime());
        }

        /** Called with the filings indexed so far; by default a log line. */
        protected void report(long added, long now) {
            this.log.info("Search index: {}", line(added, now));
        }

        /** "45% (450,000 of 1,000,000 filings, 12,345 a second)" */
        protected String line(long added, long now) {
            long all = Math.max(this.total.get(), added);
            double seconds = Math.max(1e-9, (now - this.started) / 1e9);
            return String.format("%3d%% (%,d of %,d filings, %,.0f a second)", all == 0 ? 100 : added * 100 / all,
                    added, all, added / seconds);
        }

        protected long total() {
            return this.total.get();
        }

    }

    private void indexChunk(List<Long> ids, Pipelined work) {
        List<PatentFiling> filings = this.em.createQuery("""
                select f from PatentFiling f join fetch f.applicant join fetch f.technologyArea
                where f.id in :ids""", PatentFiling.class)
            .setParameter("ids", ids)
            .setHint("org.hibernate.readOnly", true)
            .getResultList();
        SearchSession search = Search.session(this.em);
        search.indexingPlanSynchronizationStrategy(work);
        SearchIndexingPlan plan = search.indexingPlan(); // once a chunk, as in indexWrittenChunks
        Set<Long> missing = new HashSet<>(ids);
        for (PatentFiling filing : filings) {
            plan.addOrUpdate(filing);
            missing.remove(filing.getId());
        }
        missing.forEach(id -> plan.purge(PatentFiling.class, id, null));
        plan.execute();
        this.em.clear();
    }

}
