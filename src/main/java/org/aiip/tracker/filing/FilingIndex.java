package org.aiip.tracker.filing;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;

import org.hibernate.Session;
import org.hibernate.SessionFactory;

import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.backend.lucene.scope.LuceneIndexScope;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.engine.search.sort.dsl.SortOrder;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.SearchException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The filing lists as search engine queries (Hibernate Search): every filter, the text and IPC
 * searches, the totals, deep pages and keyset pages. Confidentiality is the first condition of every
 * query ({@link #visible}). The engine gives ids in the list's order; the rows themselves are read
 * from the database, which stays the source of truth.
 */
@Component
class FilingIndex {

    /** The index's name (a folder under the index root on Lucene). */
    static final String NAME = "filing";

    static final String TITLE_SORT = "title_sort";

    static final String IPC = "ipc";

    static final String APPLICANT = "applicantId";

    static final String AREA = "technologyAreaId";

    static final String DATE_ORDER = "dateOrder";

    static final String FILING_DAY = "filingDay";

    static final String LISTED_NUMBER = "listedNumber";

    private static final AggregationKey<Map<Integer, Long>> DAYS = AggregationKey.of("days");

    /**
     * More filing days than a list has (a century with filings every day is 36,525): a list with more gets its
     * pages without its days ({@link FilingDays#complete}). Below Elasticsearch's default bucket limit (65,536).
     */
    private static final int MAX_DAYS = 40_000;

    /** Filing ids stay below 2^40; the filing date's day number takes the bits above. */
    private static final int ID_BITS = 40;

    private static final List<String> TEXT_FIELDS = Stream
        .concat(FilingText.fields("title").stream(), FilingText.fields("abstractText").stream())
        .toList();

    /** How many day counts {@link #knownDays} keeps in all (twelve bytes each: about 3 MB). */
    private static final long KNOWN_DAY_COUNTS = 250_000;

    private final EntityManager em;

    private final EntityManagerFactory entityManagerFactory;

    private final SessionFactory sessionFactory;

    /**
     * The days of the lists counted lately ({@link #days}), each with the state of the index it was
     * counted on: a list's other pages then need no second count while the index stays as it was. Only with
     * the embedded Lucene index, whose state this instance can read; Elasticsearch keeps its own request cache.
     */
    private final Cache<DaysKey, CountedDays> knownDays = Caffeine.newBuilder()
        .maximumWeight(KNOWN_DAY_COUNTS)
        .weigher((DaysKey key, CountedDays counted) -> 1 + counted.days().size())
        .build();

    /** The Lucene index's scope, to read its state; {@link Optional#empty()} with another backend. */
    private volatile Optional<LuceneIndexScope> lucene;

    private final long timeoutMillis;

    private final boolean indexUncommitted;

    FilingIndex(EntityManager em, EntityManagerFactory entityManagerFactory,
            @Value("${tracker.search.timeout:PT5S}") Duration timeout,
            @Value("${tracker.search.index-uncommitted-changes:false}") boolean indexUncommitted) {
        this.em = em;
        this.entityManagerFactory = entityManagerFactory;
        this.sessionFactory = entityManagerFactory.unwrap(SessionFactory.class);
        this.timeoutMillis = timeout.toMillis();
        this.indexUncommitted = indexUncommitted;
    }

    /**
     * A filing as a list shows it, read from the index's stored fields with the page: a page of a list needs no
     * database read (the applicant and the area are named from the kept lists of members and areas).
     */
    record ListHit(long id, PatentOffice office, String number, String title, LocalDate filingDate,
            FilingDateSource filingDateSource, LegalStatus legalStatus, long applicantId, long areaId,
            boolean openLicence, boolean sample) {

        static ListHit of(Object[] v) {
            return new ListHit((Long) v[0], (PatentOffice) v[1], (String) v[2], (String) v[3], (LocalDate) v[4],
                    v[10] == null ? FilingDateSource.FILED : (FilingDateSource) v[10], (LegalStatus) v[5],
                    ((Number) v[6]).longValue(), ((Number) v[7]).longValue(), Boolean.TRUE.equals(v[8]),
                    Boolean.TRUE.equals(v[9]));
        }

        static List<Long> ids(List<ListHit> hits) {
            return hits.stream().map(ListHit::id).toList();
        }

    }

    /** The rows of one page and the total number of matches. */
    record Hits(List<ListHit> hits, long total) {
    }

    /** A page, and the days of the whole list (which give its total). */
    record PageAndDays(List<ListHit> hits, FilingDays days) {
    }

    /** What a list shows of each filing, from the fields the index stores ({@link ListHit}). */
    private static ProjectionFinalStep<ListHit> listHit(SearchProjectionFactory<?, ?> f) {
        return f.composite()
            .from(f.id(Long.class), f.field("office", PatentOffice.class), f.field(LISTED_NUMBER, String.class),
                    f.field(TITLE_SORT, String.class), f.field("filingDate", LocalDate.class),
                    f.field("legalStatus", LegalStatus.class), f.field(APPLICANT, Number.class),
                    f.field(AREA, Number.class), f.field("openLicence", Boolean.class),
                    f.field("sample", Boolean.class), f.field("filingDateSource", FilingDateSource.class))
            .asArray(ListHit::of);
    }

    /** The filters of a list and who looks at it: what its days depend on. */
    private record DaysKey(FilingSearch filters, Long applicantId, Long areaId, FilingVisibility visibility) {

        static DaysKey of(FilingSearch.Resolved criteria, FilingVisibility visibility) {
            return new DaysKey(criteria.search().filtersOnly(), criteria.applicantId(), criteria.areaId(),
                    visibility);
        }

    }

    /** Days counted on the index in the given state ({@link #indexState}). */
    private record CountedDays(Object indexState, FilingDays days) {
    }

    /** A filing date as a day number (days since 1 January 1970). */
    static int day(LocalDate date) {
        return Math.toIntExact(date.toEpochDay());
    }

    /** The sort key of a filing in the lists by date: its day number and its id in one long. */
    static long dateOrder(LocalDate filingDate, long id) {
        return (filingDate.toEpochDay() << ID_BITS) | id;
    }

    /**
     * Up to {@code limit} ids from {@code offset} in the criteria's order, or with {@code reversed} in
     * the opposite order (for pages near the end). The engine does not count all matches here
     * ({@link #count} does), so that it may skip those that cannot be on the page.
     */
    Hits page(FilingSearch.Resolved criteria, FilingVisibility visibility, int offset, int limit, boolean reversed) {
        SearchResult<ListHit> result = search(session -> session.search(PatentFiling.class)
            .select(FilingIndex::listHit)
            .where(f -> matching(f, criteria, visibility))
            .sort(s -> order(s, criteria.search().sort(), reversed))
            .totalHitCountThreshold((long) offset + limit)
            .failAfter(this.timeoutMillis, TimeUnit.MILLISECONDS)
            .fetch(offset, limit));
        return new Hits(result.hits(), result.total().hitCountLowerBound());
    }

    /**
     * Up to {@code limit} ids from {@code offset} in the criteria's order and the exact number of matches,
     * in one pass: for pages near the start of a list, where the engine's queue of the rows up to the page
     * is short, this saves the separate count.
     */
    Hits pageAndTotal(FilingSearch.Resolved criteria, FilingVisibility visibility, int offset, int limit) {
        SearchResult<ListHit> result = search(session -> session.search(PatentFiling.class)
            .select(FilingIndex::listHit)
            .where(f -> matching(f, criteria, visibility))
            .sort(s -> order(s, criteria.search().sort(), false))
            .failAfter(this.timeoutMillis, TimeUnit.MILLISECONDS)
            .fetch(offset, limit));
        return new Hits(result.hits(), result.total().hitCount());
    }

    /**
     * The number of matches and their number per filing day, in one pass (a terms aggregation), kept for
     * {@link #knownDays} (which callers ask first).
     */
    FilingDays days(FilingSearch.Resolved criteria, FilingVisibility visibility) {
        Object state = indexState();
        SearchResult<Long> result = search(session -> session.search(PatentFiling.class)
            .select(f -> f.id(Long.class))
            .where(f -> matching(f, criteria, visibility))
            .aggregation(DAYS, f -> f.terms().field(FILING_DAY, Integer.class).maxTermCount(MAX_DAYS))
            .failAfter(this.timeoutMillis, TimeUnit.MILLISECONDS)
            .fetch(0));
        return keep(criteria, visibility, state, result);
    }

    /**
     * The days of the criteria's matches as counted before ({@link #days}, {@link #pageAndDays}), when the index
     * has not changed since; otherwise null.
     */
    FilingDays knownDays(FilingSearch.Resolved criteria, FilingVisibility visibility) {
        CountedDays counted = this.knownDays.getIfPresent(DaysKey.of(criteria, visibility));
        if (counted == null) {
            return null;
        }
        Object state = indexState();
        return (state != null && state.equals(counted.indexState())) ? counted.days() : null;
    }

    /**
     * Up to {@code limit} ids from {@code offset} in the criteria's order, with the number of matches and their
     * number per filing day, in one pass: a page near the start of a list whose days are not known yet.
     */
    PageAndDays pageAndDays(FilingSearch.Resolved criteria, FilingVisibility visibility, int offset, int limit) {
        Object state = indexState();
        SearchResult<ListHit> result = search(session -> session.search(PatentFiling.class)
            .select(FilingIndex::listHit)
            .where(f -> matching(f, criteria, visibility))
            .sort(s -> order(s, criteria.search().sort(), false))
            .aggregation(DAYS, f -> f.terms().field(FILING_DAY, Integer.class).maxTermCount(MAX_DAYS))
            .failAfter(this.timeoutMillis, TimeUnit.MILLISECONDS)
            .fetch(offset, limit));
        return new PageAndDays(result.hits(), keep(criteria, visibility, state, result));
    }

    private FilingDays keep(FilingSearch.Resolved criteria, FilingVisibility visibility, Object state,
            SearchResult<?> result) {
        FilingDays days = FilingDays.of(result.total().hitCount(), result.aggregation(DAYS));
        if (state != null) {
            this.knownDays.put(DaysKey.of(criteria, visibility), new CountedDays(state, days));
        }
        return days;
    }

    /**
     * The state of the Lucene index as the next search would read it: its segments, each with its deletions
     * (Lucene's reader cache keys, which change with any change to the segment). Null when it cannot be
     * told (another backend).
     */
    private Object indexState() {
        Optional<LuceneIndexScope> scope = luceneScope();
        if (scope.isEmpty()) {
            return null;
        }
        handOverUncommittedChanges();
        try (IndexReader reader = scope.get().openIndexReader()) {
            List<Object> keys = new ArrayList<>(reader.leaves().size());
            for (LeafReaderContext leaf : reader.leaves()) {
                IndexReader.CacheHelper helper = leaf.reader().getReaderCacheHelper();
                if (helper == null) {
                    return null;
                }
                keys.add(helper.getKey());
            }
            return keys;
        }
        catch (IOException ex) {
            return null;
        }
    }

    private Optional<LuceneIndexScope> luceneScope() {
        Optional<LuceneIndexScope> scope = this.lucene;
        if (scope == null) {
            try {
                scope = Optional.of(Search.mapping(this.entityManagerFactory)
                    .scope(PatentFiling.class)
                    .extension(LuceneExtension.get()));
            }
            catch (SearchException ex) {
                scope = Optional.empty();
            }
            this.lucene = scope;
        }
        return scope;
    }

    /**
     * Up to {@code limit} ids from {@code offset} among the matches filed on the days {@code fromDay} to
     * {@code toDay}, in the criteria's order (a list by date), or with {@code reversed} in the opposite order: a
     * page of a list by date, read from within its days.
     */
    List<ListHit> pageWithinDays(FilingSearch.Resolved criteria, FilingVisibility visibility, int fromDay,
            int toDay, int offset, int limit, boolean reversed) {
        Integer year = criteria.search().year();
        // Days of the year filter's year imply it: one condition fewer for the engine to check on each match.
        FilingSearch.Resolved within = (year != null && LocalDate.ofEpochDay(fromDay).getYear() == year
                && LocalDate.ofEpochDay(toDay).getYear() == year)
                ? new FilingSearch.Resolved(criteria.search().withoutYear(), criteria.applicantId(), criteria.areaId())
                : criteria;
        return search(session -> session.search(PatentFiling.class)
            .select(FilingIndex::listHit)
            .where(f -> matching(f, within, visibility)
                .filter(f.range().field(FILING_DAY).between(fromDay, toDay)))
            .sort(s -> order(s, criteria.search().sort(), reversed))
            .totalHitCountThreshold((long) offset + limit)
            .failAfter(this.timeoutMillis, TimeUnit.MILLISECONDS)
            .fetchHits(offset, limit));
    }

    /** How many filings the viewer may see match the criteria (from their days when those are known). */
    long count(FilingSearch.Resolved criteria, FilingVisibility visibility) {
        FilingDays known = knownDays(criteria, visibility);
        if (known != null) {
            return known.total();
        }
        return search(session -> session.search(PatentFiling.class)
            .where(f -> matching(f, criteria, visibility))
            .failAfter(this.timeoutMillis, TimeUnit.MILLISECONDS)
            .fetchTotalHitCount());
    }

    /**
     * Up to {@code limit} ids just after the given position in the criteria's order: keyset paging
     * (search after), which costs the same however deep the position is.
     */
    List<ListHit> after(FilingSearch.Resolved criteria, FilingVisibility visibility, FilingKeyset after,
            int limit) {
        return search(session -> session.search(PatentFiling.class)
            .select(FilingIndex::listHit)
            .where(f -> {
                BooleanPredicateClausesStep<?, ?> bool = matching(f, criteria, visibility);
                if (after != null) {
                    bool.filter(comesAfter(f, criteria.search().sort(), after));
                }
                return bool;
            })
            .sort(s -> order(s, criteria.search().sort(), false))
            .totalHitCountThreshold(limit)
            .failAfter(this.timeoutMillis, TimeUnit.MILLISECONDS)
            .fetchHits(limit));
    }

    /**
     * Up to {@code limit} matching ids above {@code afterId}, in id order: the export walks the whole
     * list this way, a chunk at a time, without a time limit on the walk as a whole.
     */
    List<Long> idsAfter(FilingSearch.Resolved criteria, FilingVisibility visibility, long afterId, int limit) {
        return search(session -> session.search(PatentFiling.class)
            .select(f -> f.id(Long.class))
            .where(f -> matching(f, criteria, visibility).filter(f.range().field("id").greaterThan(afterId)))
            .sort(s -> s.field("id").asc())
            // No total: the engine may then skip the matches beyond this chunk instead of visiting all of them.
            .totalHitCountThreshold(limit)
            .failAfter(this.timeoutMillis, TimeUnit.MILLISECONDS)
            .fetchHits(limit));
    }

    /** The other filings of a family that the viewer may see, oldest first. */
    List<ListHit> family(String familyKey, long excludedId, FilingVisibility visibility, int limit) {
        return search(session -> session.search(PatentFiling.class)
            .select(FilingIndex::listHit)
            .where(f -> visible(f, visibility).filter(f.match().field("familyKey").matching(familyKey))
                .mustNot(f.id().matching(excludedId)))
            .sort(s -> s.field(DATE_ORDER).asc())
            .totalHitCountThreshold(limit)
            .failAfter(this.timeoutMillis, TimeUnit.MILLISECONDS)
            .fetchHits(limit));
    }

    /** The most recently changed filings the viewer may see ({@code memberId} null: everyone's), newest first. */
    List<Long> latestChanges(FilingVisibility visibility, Long memberId, int limit) {
        return search(session -> session.search(PatentFiling.class)
            .select(f -> f.id(Long.class))
            .where(f -> {
                BooleanPredicateClausesStep<?, ?> bool = visible(f, visibility);
                if (memberId != null) {
                    bool.filter(f.match().field(APPLICANT).matching(memberId));
                }
                return bool;
            })
            .sort(s -> s.field("updatedAt").desc().then().field("id").desc())
            .totalHitCountThreshold(limit)
            .failAfter(this.timeoutMillis, TimeUnit.MILLISECONDS)
            .fetchHits(limit));
    }

    /**
     * Runs a search. Outside a transaction it uses a session of its own, which holds no database
     * connection (the engine gives ids; no entity is loaded), so that a request waiting for the engine
     * keeps no connection from the others. Inside one it uses the transaction's session; with
     * {@code tracker.search.index-uncommitted-changes} (the tests only: their transactions roll back and
     * never reach the commit at which Hibernate Search indexes) the transaction's own changes are handed
     * to the index first.
     */
    private <T> T search(Function<SearchSession, T> query) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            try (Session session = this.sessionFactory.openSession()) {
                return query.apply(Search.session(session));
            }
        }
        handOverUncommittedChanges();
        return query.apply(Search.session(this.em));
    }

    /** With {@code tracker.search.index-uncommitted-changes}, hands the transaction's changes to the index. */
    private void handOverUncommittedChanges() {
        if (this.indexUncommitted && TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            this.em.flush();
            Search.session(this.em).indexingPlan().execute();
        }
    }

    /**
     * Confidentiality first: the public sees published filings, an editor also their company's
     * unpublished ones, an admin everything.
     */
    static BooleanPredicateClausesStep<?, ?> visible(SearchPredicateFactory f, FilingVisibility visibility) {
        BooleanPredicateClausesStep<?, ?> bool = f.bool();
        if (visibility.everything()) {
            return bool.filter(f.matchAll());
        }
        PredicateFinalStep published = f.match().field("published").matching(true);
        if (visibility.memberId() == null) {
            return bool.filter(published);
        }
        return bool.filter(f.or(published, f.match().field(APPLICANT).matching(visibility.memberId())));
    }

    static BooleanPredicateClausesStep<?, ?> matching(SearchPredicateFactory f, FilingSearch.Resolved c,
            FilingVisibility visibility) {
        BooleanPredicateClausesStep<?, ?> bool = visible(f, visibility);
        FilingSearch s = c.search();
        if (c.applicantId() != null) {
            bool.filter(f.match().field(APPLICANT).matching(c.applicantId()));
        }
        if (s.office() != null) {
            bool.filter(f.match().field("office").matching(s.office()));
        }
        if (s.status() != null) {
            bool.filter(f.match().field("legalStatus").matching(s.status()));
        }
        if (c.areaId() != null) {
            bool.filter(f.match().field(AREA).matching(c.areaId()));
        }
        if (s.year() != null) {
            bool.filter(f.match().field("filingYear").matching(s.year()));
        }
        if (s.open() != null) {
            bool.filter(f.match().field("openLicence").matching(s.open()));
        }
        if (s.sample() != null) {
            bool.filter(f.match().field("sample").matching(s.sample()));
        }
        if (s.ipc() != null) {
            bool.filter(f.prefix().field(IPC).matching(s.ipc()));
        }
        if (s.q() != null) {
            // Every word must be in the title or the abstract, in whichever language's field it was indexed.
            bool.filter(f.simpleQueryString()
                .fields(TEXT_FIELDS.toArray(String[]::new))
                .matching(s.q())
                .defaultOperator(BooleanOperator.AND));
        }
        return bool;
    }

    /** The list's order; the id breaks ties, so that every filing has one place in it. */
    static SortFinalStep order(SearchSortFactory s, FilingSearch.Sort sort, boolean reversed) {
        SortOrder asc = reversed ? SortOrder.DESC : SortOrder.ASC;
        SortOrder desc = reversed ? SortOrder.ASC : SortOrder.DESC;
        return switch (sort) {
            case NEWEST -> s.field(DATE_ORDER).order(desc);
            case OLDEST -> s.field(DATE_ORDER).order(asc);
            case TITLE -> s.field(TITLE_SORT).order(asc).then().field("id").order(asc);
            case NUMBER -> s.field("office").order(asc).then().field("applicationNumber").order(asc)
                .then().field("id").order(asc);
        };
    }

    /** "Comes after this row in the order of {@link #order}", as range conditions on the sort fields. */
    private static PredicateFinalStep comesAfter(SearchPredicateFactory f, FilingSearch.Sort sort,
            FilingKeyset after) {
        return switch (sort) {
            case NEWEST -> f.range().field(DATE_ORDER).lessThan(dateOrder(after.filingDate(), after.id()));
            case OLDEST -> f.range().field(DATE_ORDER).greaterThan(dateOrder(after.filingDate(), after.id()));
            case TITLE -> after(f, TITLE_SORT, after.title(), after.id(), false);
            case NUMBER -> f.or(f.range().field("office").greaterThan(after.office()),
                    f.and(f.match().field("office").matching(after.office()),
                            after(f, "applicationNumber", after.applicationNumber(), after.id(), false)));
        };
    }

    private static PredicateFinalStep after(SearchPredicateFactory f, String field, Object value, long id,
            boolean descending) {
        List<PredicateFinalStep> later = new ArrayList<>();
        later.add(descending ? f.range().field(field).lessThan(value) : f.range().field(field).greaterThan(value));
        later.add(f.and(f.match().field(field).matching(value),
                descending ? f.range().field("id").lessThan(id) : f.range().field("id").greaterThan(id)));
        return f.or(later.get(0), later.get(1));
    }

}
