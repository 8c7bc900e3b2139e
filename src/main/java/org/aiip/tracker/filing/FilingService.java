package org.aiip.tracker.filing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.hibernate.Hibernate;
import org.hibernate.search.util.common.SearchTimeoutException;

import org.aiip.tracker.member.MemberRef;
import org.aiip.tracker.member.MemberService;
import org.aiip.tracker.system.LocalizedText;
import org.aiip.tracker.system.NotFoundException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads filings for the public pages. Confidentiality is enforced here and in the queries: every
 * method takes the viewer's {@link FilingVisibility}, and a filing the viewer may not see is
 * treated exactly like one that does not exist.
 */
@Service
@Transactional(readOnly = true)
public class FilingService {

    /** Rows per page of the filing list. */
    public static final int PAGE_SIZE = 20;

    private static final int FIRST_EXPORT_CHUNK = 50;

    /** Database chunks the export reads ahead of the one it writes. */
    private static final int READ_AHEAD = 2;

    /** The most family members a filing's page lists. */
    private static final int MAX_FAMILY = 200;

    private final FilingRepository filings;

    private final TechnologyAreaRepository areas;

    private final MemberService members;

    private final FilingIndex index;

    private final FilingExportReader exportReader;

    private final TechnologyAreaList areaList;

    /**
     * From this row on a page is deep: found with the days' counts (lists by date) or after a count of
     * its own; before it, found and counted in one pass.
     */
    private final int deepOffset;

    /** Rows the export reads from the database at a time. */
    private final int exportChunk;

    /**
     * Ids the export asks the engine for at a time. Each engine query visits every match after the last id it
     * gave (the index is not sorted by id), so fewer, larger queries cost far less than one per database chunk.
     */
    private final int exportIds;

    FilingService(FilingRepository filings, TechnologyAreaRepository areas, MemberService members,
            FilingIndex index, FilingExportReader exportReader, TechnologyAreaList areaList,
            @Value("${tracker.search.deep-offset:2000}") int deepOffset,
            @Value("${tracker.export.rows-per-read:1000}") int exportChunk,
            @Value("${tracker.export.ids-per-query:50000}") int exportIds) {
        this.deepOffset = deepOffset;
        this.exportChunk = exportChunk;
        this.exportIds = exportIds;
        this.filings = filings;
        this.areas = areas;
        this.areaList = areaList;
        this.members = members;
        this.index = index;
        this.exportReader = exportReader;
    }

    /**
     * One page of the filings the viewer may see that match the search. An unknown member or area
     * is ignored (and listed as such in the result); a page past the end shows the last page.
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public FilingSearchResult search(FilingSearch search, FilingVisibility visibility) {
        return search(search, visibility, PAGE_SIZE);
    }

    /**
     * The same with pages of the given size (the API lets callers choose it). A page of a list by date is read
     * from within its days: the engine's count of the matches per filing day (kept while the index does not
     * change, so that the list's other pages need no count) gives the days that hold the page, which a second
     * pass reads alone; a page near the start, when the days are not known yet, is found in the pass that counts
     * them. In other orders a page near the start is found and counted in one pass; deeper pages
     * are counted first; those in the second half of the list are read from its end in the opposite order, so
     * that the last page costs what the first costs.
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public FilingSearchResult search(FilingSearch search, FilingVisibility visibility, int pageSize) {
        FilingSearch.Resolved resolved = resolve(search);
        FilingSearch applied = resolved.search();
        long offset = (long) applied.page() * pageSize;
        if (byDate(applied.sort())) {
            return pageByDate(resolved, visibility, offset, pageSize);
        }
        if (offset < this.deepOffset) {
            FilingIndex.Hits hits = this.index.pageAndTotal(resolved, visibility, (int) offset, pageSize);
            if (!hits.hits().isEmpty() || hits.total() == 0) {
                return result(applied, applied.page(), hits.hits(), hits.total(), pageSize);
            }
            // Past the end: the last page, below.
            return lastOrDeepPage(resolved, visibility, hits.total(), pageSize);
        }
        return lastOrDeepPage(resolved, visibility, this.index.count(resolved, visibility), pageSize);
    }

    /**
     * A page of a list by date. When the list's days are known (counted on the index as it is now, by an earlier
     * page), the page is read from the days that hold it alone. Otherwise a page near the start is found in the
     * same pass that counts the days; a deeper one is read from its days once they are counted.
     */
    private FilingSearchResult pageByDate(FilingSearch.Resolved resolved, FilingVisibility visibility, long offset,
            int pageSize) {
        FilingSearch applied = resolved.search();
        FilingDays days = this.index.knownDays(resolved, visibility);
        if (days == null && offset < this.deepOffset) {
            FilingIndex.PageAndDays found = this.index.pageAndDays(resolved, visibility, (int) offset, pageSize);
            days = found.days();
            if (!found.hits().isEmpty() || days.total() == 0) {
                return result(applied, applied.page(), found.hits(), days.total(), pageSize);
            }
            // Past the end: the last page, below.
        }
        if (days == null) {
            days = this.index.days(resolved, visibility);
        }
        if (!days.complete()) {
            return lastOrDeepPage(resolved, visibility, days.total(), pageSize);
        }
        int page = Math.min(applied.page(), lastPage(days.total(), pageSize));
        List<FilingIndex.ListHit> hits = pageByDays(resolved, visibility, days, (long) page * pageSize, pageSize);
        return result(applied, page, hits, days.total(), pageSize);
    }

    private FilingSearchResult lastOrDeepPage(FilingSearch.Resolved resolved, FilingVisibility visibility, long total,
            int pageSize) {
        int page = Math.min(resolved.search().page(), lastPage(total, pageSize));
        List<FilingIndex.ListHit> hits = (total == 0) ? List.of() : pageHits(resolved, visibility, page, pageSize,
                total);
        return result(resolved.search(), page, hits, total, pageSize);
    }

    private FilingSearchResult result(FilingSearch applied, int page, List<FilingIndex.ListHit> hits, long total,
            int pageSize) {
        return new FilingSearchResult(applied.withPage(page), rows(hits), total, page, pageSize);
    }

    /**
     * The rows of a page as the index stores them, the applicant and the area named from the kept lists. A page
     * naming a member or an area those lists do not hold yet (created a moment ago on another instance) is read
     * from the database instead.
     */
    private List<FilingListRow> rows(List<FilingIndex.ListHit> hits) {
        if (hits.isEmpty()) {
            return List.of();
        }
        Map<Long, MemberRef> applicants = this.members.refsById();
        Map<Long, TechnologyArea> areasById = this.areaList.byId();
        List<FilingListRow> rows = new ArrayList<>(hits.size());
        for (FilingIndex.ListHit hit : hits) {
            MemberRef applicant = applicants.get(hit.applicantId());
            TechnologyArea area = areasById.get(hit.areaId());
            if (applicant == null || area == null) {
                return this.filings.rowsOf(FilingIndex.ListHit.ids(hits));
            }
            LocalizedText names = applicant.names();
            rows.add(new FilingListRow(hit.id(), hit.office(), hit.number(), hit.title(), applicant.slug(),
                    names.en(), names.zh(), names.ko(), hit.filingDate(), hit.filingDateSource(), hit.legalStatus(),
                    area.getCode(), area.getNameEn(), area.getNameZh(), area.getNameKo(), hit.openLicence(),
                    hit.sample()));
        }
        return rows;
    }

    private static int lastPage(long total, int pageSize) {
        return (int) Math.max(0, (total - 1) / pageSize);
    }

    private static boolean byDate(FilingSearch.Sort sort) {
        return sort == FilingSearch.Sort.NEWEST || sort == FilingSearch.Sort.OLDEST;
    }

    /**
     * The rows {@code offset} to {@code offset + limit} of a list by date, read from the days that hold them alone
     * (their counts give those days and how many rows come before them), from the days' far end when the page lies
     * in their second half.
     */
    private List<FilingIndex.ListHit> pageByDays(FilingSearch.Resolved criteria, FilingVisibility visibility,
            FilingDays days, long offset, int limit) {
        FilingDays.Span span = days.span(offset, limit, criteria.search().sort() == FilingSearch.Sort.NEWEST);
        if (span == null) {
            return List.of();
        }
        if (span.start() <= span.within() / 2) {
            return this.index.pageWithinDays(criteria, visibility, span.fromDay(), span.toDay(), (int) span.start(),
                    span.count(), false);
        }
        List<FilingIndex.ListHit> hits = new ArrayList<>(this.index.pageWithinDays(criteria, visibility,
                span.fromDay(), span.toDay(), (int) (span.within() - span.start() - span.count()), span.count(), true));
        Collections.reverse(hits);
        return hits;
    }

    /**
     * Up to {@code limit} filings of the search that the viewer may see, starting just after the given
     * position ({@code null}: from the start) in the search's order. Unlike a page number this costs the
     * same however deep it goes, and rows written meanwhile neither repeat nor shift others out.
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public FilingSlice searchAfter(FilingSearch search, FilingKeyset after, int limit, FilingVisibility visibility) {
        FilingSearch.Resolved resolved = resolve(search);
        long total = this.index.count(resolved, visibility);
        List<FilingIndex.ListHit> hits = this.index.after(resolved, visibility, after, limit + 1);
        boolean more = hits.size() > limit;
        List<FilingListRow> rows = rows(more ? hits.subList(0, limit) : hits);
        return new FilingSlice(resolved.search(), rows, more, total);
    }

    private List<FilingIndex.ListHit> pageHits(FilingSearch.Resolved criteria, FilingVisibility visibility, int page,
            int pageSize, long total) {
        long from = (long) page * pageSize;
        if (from <= total / 2) {
            return this.index.page(criteria, visibility, (int) from, pageSize, false).hits();
        }
        long to = Math.min(from + pageSize, total);
        List<FilingIndex.ListHit> hits = new ArrayList<>(
                this.index.page(criteria, visibility, (int) (total - to), (int) (to - from), true).hits());
        Collections.reverse(hits);
        return hits;
    }

    /**
     * Hands every filing of the search that the viewer may see, with all its fields, to the consumer, one at a
     * time and in id order. The search engine gives the ids (50,000 at a time,
     * {@code tracker.export.ids-per-query}), the database their rows (1,000 at a time,
     * {@code tracker.export.rows-per-read}); both run on reader threads ({@link FilingExportReader}), the engine
     * one query and the database (one chunk at a time, so one connection) up to {@value #READ_AHEAD} chunks ahead
     * of the rows this thread writes. Memory stays flat and the first rows go out at once. When the consumer
     * fails (the client has gone), the reads under way are cancelled.
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public void export(FilingSearch search, FilingVisibility visibility, Consumer<FilingExportRow> consumer) {
        FilingSearch.Resolved criteria = resolve(search);
        Deque<Future<List<FilingExportRow>>> reading = new ArrayDeque<>();
        FilingExportReader.Rows rows = this.exportReader.rows();
        // A small first query, so that the download starts within a moment; then large ones.
        Future<List<Long>> next = this.exportReader
            .run(() -> this.index.idsAfter(criteria, visibility, 0, FIRST_EXPORT_CHUNK));
        int asked = FIRST_EXPORT_CHUNK;
        try {
            while (next != null) {
                List<Long> ids = result(next);
                next = null;
                if (ids.size() == asked) {
                    // The engine finds the next ids while the rows of these are read and written.
                    long after = ids.get(ids.size() - 1);
                    next = this.exportReader
                        .run(() -> this.index.idsAfter(criteria, visibility, after, this.exportIds));
                    asked = this.exportIds;
                }
                for (int from = 0; from < ids.size(); from += this.exportChunk) {
                    reading.add(rows.read(ids.subList(from, Math.min(from + this.exportChunk, ids.size()))));
                    while (reading.size() > READ_AHEAD) {
                        result(reading.poll()).forEach(consumer);
                    }
                }
            }
            while (!reading.isEmpty()) {
                result(reading.poll()).forEach(consumer);
            }
        }
        finally {
            reading.forEach(read -> read.cancel(true));
            if (next != null) {
                next.cancel(true);
            }
        }
    }

    private static <T> T result(Future<T> read) {
        try {
            return read.get();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Export interrupted", ex);
        }
        catch (ExecutionException ex) {
            if (ex.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(ex.getCause());
        }
    }

    /** The search with its member and area as ids; an unknown member or area is dropped and listed as ignored. */
    private FilingSearch.Resolved resolve(FilingSearch search) {
        FilingSearch applied = search;
        Long applicantId = null;
        if (search.member() != null) {
            applicantId = this.members.refBySlug(search.member()).map(MemberRef::id).orElse(null);
            applied = (applicantId == null) ? applied.withoutMember() : applied;
        }
        Long areaId = null;
        if (search.area() != null) {
            areaId = this.areaList.byCode(search.area()).map(TechnologyArea::getId).orElse(null);
            applied = (areaId == null) ? applied.withoutArea() : applied;
        }
        return new FilingSearch.Resolved(applied, applicantId, areaId);
    }

    /**
     * A filing with everything its page shows.
     *
     * @throws NotFoundException if there is no such filing or the viewer may not see it
     */
    public FilingDetail detail(long id, FilingVisibility visibility) {
        PatentFiling filing = this.filings.findForDetail(id)
            .filter(visibility::canSee)
            .orElseThrow(() -> new NotFoundException("Filing " + id));
        Hibernate.initialize(filing.getIpcSymbols());
        Hibernate.initialize(filing.getParties());
        List<FilingListRow> family = (filing.getFamilyKey() == null) ? List.of() : family(filing, visibility);
        List<FilingDetail.Party> applicants = new java.util.ArrayList<>();
        List<FilingDetail.Party> owners = new java.util.ArrayList<>();
        for (FilingParty party : filing.getParties()) {
            FilingDetail.Party view = new FilingDetail.Party(party.getName(),
                    party.getMemberId() == null ? null : this.members.refById(party.getMemberId()).orElse(null));
            (party.getRole() == FilingParty.Role.OWNER ? owners : applicants).add(view);
        }
        // A sample filing is invented: no public register shows it, so it gets no links to them.
        List<PublicRegisterLinks.Link> links = filing.isSample() ? List.of() : PublicRegisterLinks.of(filing);
        return new FilingDetail(filing, family, links, applicants, owners);
    }

    /**
     * Every filing of a family the viewer may see, oldest first: the family across offices.
     *
     * @throws NotFoundException if the viewer sees none
     */
    public List<FilingListRow> family(String familyKey, FilingVisibility visibility) {
        List<FilingListRow> family = rows(this.index.family(familyKey, -1L, visibility, MAX_FAMILY));
        if (family.isEmpty()) {
            throw new NotFoundException("Family " + familyKey);
        }
        return family;
    }

    /** The filing's family members the viewer may see; none when the search engine is past its time limit. */
    private List<FilingListRow> family(PatentFiling filing, FilingVisibility visibility) {
        try {
            return rows(this.index.family(filing.getFamilyKey(), filing.getId(), visibility, MAX_FAMILY));
        }
        catch (SearchTimeoutException ex) {
            return List.of();
        }
    }

    /** The managed technology areas, in their display order (for the filter form). */
    public List<TechnologyArea> areas() {
        return this.areaList.all();
    }

    /** The id of each technology area by its code (for writers that store areas by id). */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Map<String, Long> areaIdsByCode() {
        Map<String, Long> ids = new HashMap<>();
        this.areas.findAll().forEach(area -> ids.put(area.getCode(), area.getId()));
        return ids;
    }

}
