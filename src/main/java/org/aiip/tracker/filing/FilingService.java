package org.aiip.tracker.filing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.hibernate.Hibernate;

import org.aiip.tracker.member.MemberCompany;
import org.aiip.tracker.member.MemberService;
import org.aiip.tracker.system.NotFoundException;

import org.springframework.stereotype.Service;
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

    private final FilingRepository filings;

    private final TechnologyAreaRepository areas;

    private final MemberService members;

    private final FilingStatistics statistics;

    FilingService(FilingRepository filings, TechnologyAreaRepository areas, MemberService members,
            FilingStatistics statistics) {
        this.filings = filings;
        this.areas = areas;
        this.members = members;
        this.statistics = statistics;
    }

    /**
     * One page of the filings the viewer may see that match the search. An unknown member or area
     * is ignored (and listed as such in the result); a page past the end shows the last page.
     */
    public FilingSearchResult search(FilingSearch search, FilingVisibility visibility) {
        return search(search, visibility, PAGE_SIZE);
    }

    /** The same with pages of the given size (the API lets callers choose it). */
    public FilingSearchResult search(FilingSearch search, FilingVisibility visibility, int pageSize) {
        Criteria c = criteria(search);
        FilingSearch applied = c.applied();
        FilingSearchCriteria criteria = c.criteria();
        long total = count(criteria, visibility);
        int lastPage = (int) Math.max(0, (total - 1) / pageSize);
        int page = Math.min(applied.page(), lastPage);
        List<FilingListRow> rows = (total == 0) ? List.of() : rows(criteria, visibility, page, pageSize, total);
        return new FilingSearchResult(applied.withPage(page), rows, total, page, pageSize);
    }

    /**
     * Up to {@code limit} filings of the search that the viewer may see, starting just after the given
     * position ({@code null}: from the start) in the search's order. Unlike a page number this costs the
     * same however deep it goes, and rows written meanwhile neither repeat nor shift others out.
     */
    public FilingSlice searchAfter(FilingSearch search, FilingKeyset after, int limit, FilingVisibility visibility) {
        Criteria c = criteria(search);
        long total = count(c.criteria(), visibility);
        List<FilingListRow> rows = this.filings.findMatchingAfter(c.criteria(), visibility, after, limit + 1);
        boolean more = rows.size() > limit;
        return new FilingSlice(c.applied(), more ? List.copyOf(rows.subList(0, limit)) : rows, more, total);
    }

    /** The total, summed from the counts table where the filters allow it, else counted. */
    private long count(FilingSearchCriteria criteria, FilingVisibility visibility) {
        return this.statistics.countMatching(criteria, visibility)
            .orElseGet(() -> this.filings.countMatching(criteria, visibility));
    }

    /**
     * One page of rows. Pages in the second half of the list are read from its end in the opposite
     * order, so that the last page of a million filings skips no more rows than the first.
     */
    private List<FilingListRow> rows(FilingSearchCriteria criteria, FilingVisibility visibility, int page,
            int pageSize, long total) {
        long from = (long) page * pageSize;
        if (from <= total / 2) {
            boolean byDate = readByDate(criteria, visibility, from + pageSize, total);
            return this.filings.findMatching(criteria, visibility, (int) from, pageSize, byDate);
        }
        long to = Math.min(from + pageSize, total);
        boolean byDate = readByDate(criteria, visibility, total - from, total);
        List<FilingListRow> rows = new ArrayList<>(this.filings.findMatchingFromEnd(criteria, visibility,
                (int) (total - to), (int) (to - from), byDate));
        Collections.reverse(rows);
        return rows;
    }

    /**
     * Whether a list by date filtered on a member or an area is cheaper read off the date index,
     * checking each row's member or area, than looked up in the filter's index and sorted whole
     * ({@link FilingSearchRepository#walksDatesForLargeLists}). Walking reads about
     * {@code needed × all / matches} rows, the lookup {@code matches}: the walk wins for the first and
     * last pages of a member with many filings, the lookup for one with few.
     */
    private boolean readByDate(FilingSearchCriteria criteria, FilingVisibility visibility, long needed,
            long matches) {
        boolean dateOrder = criteria.sort() == FilingSearch.Sort.NEWEST || criteria.sort() == FilingSearch.Sort.OLDEST;
        if (!dateOrder || (criteria.applicantId() == null && criteria.areaId() == null)
                || !this.filings.walksDatesForLargeLists()) {
            return false;
        }
        long all = this.statistics.totals(visibility).total();
        return (double) needed * all / matches < matches;
    }

    /**
     * Hands every filing of the search that the viewer may see, with all its fields, to the
     * consumer, one at a time and in the search's order, without holding them all in memory.
     */
    public void export(FilingSearch search, FilingVisibility visibility, Consumer<FilingExportRow> consumer) {
        try (Stream<FilingExportRow> rows = this.filings.streamMatching(criteria(search).criteria(), visibility)) {
            rows.forEach(consumer);
        }
    }

    private Criteria criteria(FilingSearch search) {
        FilingSearch applied = search;
        Long applicantId = null;
        if (search.member() != null) {
            applicantId = this.members.bySlug(search.member()).map(MemberCompany::getId).orElse(null);
            applied = (applicantId == null) ? applied.withoutMember() : applied;
        }
        Long areaId = null;
        if (search.area() != null) {
            areaId = this.areas.findByCode(search.area()).map(TechnologyArea::getId).orElse(null);
            applied = (areaId == null) ? applied.withoutArea() : applied;
        }
        FilingSearchCriteria criteria = new FilingSearchCriteria(applicantId, applied.office(), applied.status(),
                areaId, applied.year(), applied.ipc(), applied.open(), applied.q(), applied.sort());
        return new Criteria(applied, criteria);
    }

    /** A search as applied (unknown member or area dropped) and its query criteria. */
    private record Criteria(FilingSearch applied, FilingSearchCriteria criteria) {
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
        List<FilingListRow> family = (filing.getFamilyKey() == null) ? List.of()
                : this.filings.findFamily(filing.getFamilyKey(), filing.getId(), visibility);
        java.util.Map<Long, org.aiip.tracker.member.MemberCompany> members = new java.util.HashMap<>();
        this.members.all().forEach(m -> members.put(m.getId(), m));
        List<FilingDetail.Party> applicants = new java.util.ArrayList<>();
        List<FilingDetail.Party> owners = new java.util.ArrayList<>();
        for (FilingParty party : filing.getParties()) {
            FilingDetail.Party view = new FilingDetail.Party(party.getName(),
                    party.getMemberId() == null ? null : members.get(party.getMemberId()));
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
        List<FilingListRow> family = this.filings.findFamily(familyKey, -1L, visibility);
        if (family.isEmpty()) {
            throw new NotFoundException("Family " + familyKey);
        }
        return family;
    }

    /** The managed technology areas, in their display order (for the filter form). */
    public List<TechnologyArea> areas() {
        return this.areas.findAllByOrderBySortOrderAsc();
    }

}
