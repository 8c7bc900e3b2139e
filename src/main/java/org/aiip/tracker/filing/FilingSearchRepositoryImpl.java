package org.aiip.tracker.filing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/**
 * The filing list queries as JPQL built from fixed fragments; every value from a request is a bound
 * parameter. Rows are projections (no entities), and the count is a separate query without joins,
 * so that a page costs two statements however many rows it shows.
 */
class FilingSearchRepositoryImpl implements FilingSearchRepository {

    private static final String ROW = """
            select new org.aiip.tracker.filing.FilingListRow(f.id, f.office,
                coalesce(f.applicationNumber, f.publicationNumber), f.title,
                a.slug, a.nameEn, a.nameZh, a.nameKo, f.filingDate, f.legalStatus,
                t.code, t.nameEn, t.nameZh, t.nameKo, f.openLicence, f.sample)
            from PatentFiling f join f.applicant a join f.technologyArea t""";

    // Applicant and area by subquery, not by join: with joins H2 starts from the small tables and sorts
    // every exported filing; with patent_filing alone in FROM it streams them off the order's index.
    private static final String EXPORT_ROW = """
            select new org.aiip.tracker.filing.FilingExportRow(f.office, f.applicationNumber,
                (select a.slug from MemberCompany a where a.id = f.applicant.id), f.title,
                f.abstractText, f.filingDate, f.priorityDate, f.publicationNumber, f.publicationDate,
                f.grantNumber, f.grantDate, f.legalStatus,
                (select t.code from TechnologyArea t where t.id = f.technologyArea.id),
                (select listagg(s, '; ') within group (order by index(s)) from f.ipcSymbols s),
                f.openLicence, f.licenceTerms, f.familyKey)
            from PatentFiling f""";

    // The filings that have a word matching :word, from the H2 search index (FilingWordIndex).
    private static final String HAS_WORD = """
            f.id in (select mod(fw.entry, %dL) from SearchWord w, FilingWord fw
                where w.word like :word escape '!' and fw.entry between w.id * %dL and w.id * %dL + %dL)"""
        .formatted(FilingWordIndex.SPAN, FilingWordIndex.SPAN, FilingWordIndex.SPAN, FilingWordIndex.SPAN - 1);

    private final EntityManager em;

    private final FilingWordIndex words;

    FilingSearchRepositoryImpl(EntityManager em, FilingWordIndex words) {
        this.em = em;
        this.words = words;
    }

    @Override
    public long countMatching(FilingSearchCriteria criteria, FilingVisibility visibility) {
        Where where = Where.visibleTo(visibility).matching(criteria, this.words);
        return where.bind(this.em.createQuery("select count(f) from PatentFiling f" + where, Long.class))
            .getSingleResult();
    }

    @Override
    public List<FilingListRow> findMatching(FilingSearchCriteria criteria, FilingVisibility visibility, int offset,
            int limit, boolean byDate) {
        return page(criteria, visibility, orderBy(criteria, false, byDate), offset, limit, byDate);
    }

    @Override
    public List<FilingListRow> findMatchingFromEnd(FilingSearchCriteria criteria, FilingVisibility visibility,
            int offset, int limit, boolean byDate) {
        return page(criteria, visibility, orderBy(criteria, true, byDate), offset, limit, byDate);
    }

    @Override
    public boolean walksDatesForLargeLists() {
        return this.words.active(); // the word index is active exactly on H2
    }

    /**
     * The ORDER BY of a page. H2 reads rows in an index's order only when the ORDER BY columns lead
     * the index, so a list by date filtered on an applicant, area, status, office or licence is
     * ordered by that column first: it is the same for every row, so the order does not change, and
     * the filter's (column, filing_date, id) index then gives the page without sorting the matches.
     */
    static String orderBy(FilingSearchCriteria c, boolean reversed) {
        return orderBy(c, reversed, false);
    }

    /** With {@code byDate} the member and area filters are not index filters, and do not lead the order. */
    private static String orderBy(FilingSearchCriteria c, boolean reversed, boolean byDate) {
        FilingSearch.Sort sort = c.sort();
        String order = reversed ? sort.reversedOrderBy() : sort.orderBy();
        if (sort != FilingSearch.Sort.NEWEST && sort != FilingSearch.Sort.OLDEST) {
            return order;
        }
        String leading = (c.applicantId() != null && !byDate) ? "f.applicant.id"
                : (c.areaId() != null && !byDate) ? "f.technologyArea.id"
                        : (c.status() != null) ? "f.legalStatus"
                                : (c.office() != null) ? "f.office" : (c.openLicence() != null) ? "f.openLicence" : null;
        if (leading == null) {
            return order;
        }
        boolean descending = (sort == FilingSearch.Sort.NEWEST) != reversed;
        return leading + (descending ? " desc, " : " asc, ") + order;
    }

    /**
     * A page in two steps: the ids of the page from the filings alone, then their rows with the
     * applicant's and area's names. With the joins in the first query H2 starts from the small
     * tables and sorts every matching filing; without them it reads the page off the order's index.
     */
    private List<FilingListRow> page(FilingSearchCriteria criteria, FilingVisibility visibility, String orderBy,
            int offset, int limit, boolean byDate) {
        return page(Where.visibleTo(visibility).matching(criteria, this.words, byDate), orderBy, offset, limit);
    }

    private List<FilingListRow> page(Where where, String orderBy, int offset, int limit) {
        List<Long> ids = where
            .bind(this.em.createQuery("select f.id from PatentFiling f" + where + " order by " + orderBy, Long.class))
            .setFirstResult(offset)
            .setMaxResults(limit)
            .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, FilingListRow> rows = new HashMap<>();
        this.em.createQuery(ROW + " where f.id in :ids", FilingListRow.class)
            .setParameter("ids", ids)
            .getResultList()
            .forEach(row -> rows.put(row.id(), row));
        return ids.stream().map(rows::get).filter(Objects::nonNull).toList();
    }

    @Override
    public Stream<FilingExportRow> streamMatching(FilingSearchCriteria criteria, FilingVisibility visibility) {
        Where where = Where.visibleTo(visibility).matching(criteria, this.words);
        String jpql = EXPORT_ROW + where + " order by " + orderBy(criteria, false);
        return where.bind(this.em.createQuery(jpql, FilingExportRow.class))
            .setHint("org.hibernate.fetchSize", 1000)
            .setHint("org.hibernate.readOnly", true)
            .getResultStream();
    }

    @Override
    public List<FilingListRow> findFamily(String familyKey, long excludedId, FilingVisibility visibility) {
        Where where = Where.visibleTo(visibility)
            .and("f.familyKey = :familyKey", "familyKey", familyKey)
            .and("f.id <> :excludedId", "excludedId", excludedId);
        String jpql = ROW + where + " order by f.filingDate asc, f.id asc";
        return where.bind(this.em.createQuery(jpql, FilingListRow.class)).getResultList();
    }

    @Override
    public List<FilingListRow> findMatchingAfter(FilingSearchCriteria criteria, FilingVisibility visibility,
            FilingKeyset after, int limit) {
        Where where = Where.visibleTo(visibility).matching(criteria, this.words);
        if (after != null) {
            keysetAfter(where, criteria.sort(), after);
        }
        return page(where, keysetOrder(criteria.sort()), 0, limit);
    }

    /**
     * The order of keyset paging: the sort's own order with the id last, so that every row has one
     * place (for {@code number} office and number are unique already; the id changes nothing there).
     */
    private static String keysetOrder(FilingSearch.Sort sort) {
        return switch (sort) {
            case NEWEST -> "f.filingDate desc, f.id desc";
            case OLDEST -> "f.filingDate asc, f.id asc";
            case TITLE -> "f.title asc, f.id asc";
            case NUMBER -> "f.office asc, f.applicationNumber asc, f.id asc";
        };
    }

    /** Adds "comes after this position in the order of {@link #keysetOrder}" to the where clause. */
    private static void keysetAfter(Where where, FilingSearch.Sort sort, FilingKeyset after) {
        where.parameters.put("afterId", after.id());
        switch (sort) {
            case NEWEST, OLDEST -> {
                String op = (sort == FilingSearch.Sort.NEWEST) ? "<" : ">";
                // The first condition is implied by the second; it gives the (filing_date, id) index a range to seek to.
                where.conditions.add("f.filingDate " + op + "= :afterDate");
                where.conditions.add("(f.filingDate " + op + " :afterDate or (f.filingDate = :afterDate and f.id " + op
                        + " :afterId))");
                where.parameters.put("afterDate", after.filingDate());
            }
            case TITLE -> {
                where.conditions.add("f.title >= :afterTitle");
                where.conditions.add("(f.title > :afterTitle or (f.title = :afterTitle and f.id > :afterId))");
                where.parameters.put("afterTitle", after.title());
            }
            case NUMBER -> {
                // Offices are stored by their code; the later ones are listed rather than compared with
                // ">", which JPQL does not define for enums.
                List<PatentOffice> later = Arrays.stream(PatentOffice.values())
                    .filter(o -> o.name().compareTo(after.office().name()) > 0)
                    .toList();
                String sameOffice = "(f.office = :afterOffice and (f.applicationNumber > :afterNumber"
                        + " or (f.applicationNumber = :afterNumber and f.id > :afterId)))";
                where.conditions.add(later.isEmpty() ? sameOffice : "(f.office in :laterOffices or " + sameOffice + ")");
                where.parameters.put("afterOffice", after.office());
                where.parameters.put("afterNumber", after.applicationNumber());
                if (!later.isEmpty()) {
                    where.parameters.put("laterOffices", later);
                }
            }
        }
    }

    /** Escapes the LIKE wildcards (with {@code !}, which needs no quoting in JPQL) so that user text matches literally. */
    static String likeLiteral(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /** A where clause: fixed JPQL fragments joined by "and", and their parameters. */
    private static final class Where {

        private final List<String> conditions = new ArrayList<>();

        private final Map<String, Object> parameters = new LinkedHashMap<>();

        /** Confidentiality first: the condition every filing query starts from. */
        static Where visibleTo(FilingVisibility visibility) {
            Where where = new Where();
            if (visibility.everything()) {
                return where;
            }
            if (visibility.memberId() != null) {
                return where.and("(f.published = true or f.applicant.id = :viewerId)", "viewerId",
                        visibility.memberId());
            }
            where.conditions.add("f.published = true");
            return where;
        }

        Where matching(FilingSearchCriteria c, FilingWordIndex words) {
            return matching(c, words, false);
        }

        /**
         * With {@code byDate}, the member and area conditions are wrapped in coalesce (which changes
         * nothing for a non-null column) so that H2 cannot take their single-column indexes and reads
         * the date index instead.
         */
        Where matching(FilingSearchCriteria c, FilingWordIndex words, boolean byDate) {
            and(byDate ? "coalesce(f.applicant.id, 0) = :applicantId" : "f.applicant.id = :applicantId",
                    "applicantId", c.applicantId());
            and("f.office = :office", "office", c.office());
            and("f.legalStatus = :status", "status", c.status());
            and(byDate ? "coalesce(f.technologyArea.id, 0) = :areaId" : "f.technologyArea.id = :areaId", "areaId",
                    c.areaId());
            if (c.year() != null) {
                // The year as a date range only (filing_year is the year of filing_date, set with it):
                // the date and (filter, filing_date, id) indexes seek to it and give the rows in order,
                // where H2 would take the (filing_year, id) index and sort the whole year.
                and("f.filingDate >= :yearStart", "yearStart", LocalDate.of(c.year(), 1, 1));
                and("f.filingDate < :nextYearStart", "nextYearStart", LocalDate.of(c.year() + 1, 1, 1));
            }
            and("f.openLicence = :openLicence", "openLicence", c.openLicence());
            if (c.ipcPrefix() != null) {
                // A semi-join on filing_ipc alone, which its (symbol, filing_id) index answers.
                and("exists (select 1 from f.ipcSymbols s where s like :ipc escape '!')",
                        "ipc", likeLiteral(c.ipcPrefix()) + "%");
            }
            if (c.titleContains() != null) {
                // Title or abstract. On PostgreSQL trigram indexes on lower(title) and lower(abstract_text)
                // answer this (db/vendor/postgresql/V7). On H2 the word index narrows the filings to those
                // that can contain the text (V32), unless the text is too short or too common for it.
                words.lookup(c.titleContains()).ifPresent(word -> and(HAS_WORD, "word", word));
                and("(lower(f.title) like :text escape '!' or lower(f.abstractText) like :text escape '!')", "text",
                        "%" + likeLiteral(c.titleContains().toLowerCase(Locale.ROOT)) + "%");
            }
            return this;
        }

        Where and(String condition, String name, Object value) {
            if (value != null) {
                this.conditions.add(condition);
                this.parameters.put(name, value);
            }
            return this;
        }

        <T> TypedQuery<T> bind(TypedQuery<T> query) {
            this.parameters.forEach(query::setParameter);
            return query;
        }

        @Override
        public String toString() {
            return this.conditions.isEmpty() ? "" : " where " + String.join(" and ", this.conditions);
        }

    }

}
