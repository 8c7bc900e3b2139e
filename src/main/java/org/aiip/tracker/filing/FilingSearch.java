package org.aiip.tracker.filing;

import java.util.ArrayList;
import java.util.List;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filters of the public filing list as understood from the query string, plus the values that
 * were not understood and are therefore ignored (the page says so rather than failing).
 *
 * @param member an applicant's slug (checked against the members by the service)
 * @param area a technology area code (checked against the managed list by the service)
 * @param ipc a normalised IPC prefix
 * @param q text the title must contain
 * @param page the 0-based page number
 * @param ignored the parameters whose values were not understood, in query-string order
 * @param sample true: only the synthetic sample ({@code sample=sample}); false: only real filings
 * ({@code sample=real}); null: both
 */
public record FilingSearch(String member, PatentOffice office, LegalStatus status, String area, Integer year,
        String ipc, Boolean open, String q, Sort sort, int page, List<Ignored> ignored, Boolean sample) {

    public FilingSearch(String member, PatentOffice office, LegalStatus status, String area, Integer year,
            String ipc, Boolean open, String q, Sort sort, int page, List<Ignored> ignored) {
        this(member, office, status, area, year, ipc, open, q, sort, page, ignored, null);
    }

    /** The {@code sample} parameter's value for this search: real, sample, or null for both. */
    public String sampleParam() {
        return this.sample == null ? null : (this.sample ? "sample" : "real");
    }

    /** The orders the list can be shown in; the JPQL is fixed here, never taken from the request. */
    public enum Sort {

        NEWEST("newest", "f.filingDate desc, f.id desc", "f.filingDate asc, f.id asc"),
        OLDEST("oldest", "f.filingDate asc, f.id asc", "f.filingDate desc, f.id desc"),
        TITLE("title", "f.title asc, f.id asc", "f.title desc, f.id desc"),
        NUMBER("number", "f.office asc, f.applicationNumber asc", "f.office desc, f.applicationNumber desc");

        private final String param;

        private final String orderBy;

        private final String reversed;

        Sort(String param, String orderBy, String reversed) {
            this.param = param;
            this.orderBy = orderBy;
            this.reversed = reversed;
        }

        /** The value of the {@code sort} query parameter. */
        public String param() {
            return this.param;
        }

        String orderBy() {
            return this.orderBy;
        }

        /** The opposite order, in which the last pages are the first rows. */
        String reversedOrderBy() {
            return this.reversed;
        }

    }

    /**
     * A query parameter whose value was ignored.
     *
     * @param param the parameter's name, e.g. {@code year}
     * @param value what was given, shortened for display
     */
    public record Ignored(String param, String value) {
    }

    /**
     * A search resolved for the index: the member and technology area filters as ids (null: any), with the search
     * as applied, that is without a member or area that does not exist (that value is listed as ignored instead).
     *
     * @param search the search as applied; its other filters and its order are used as they are
     */
    record Resolved(FilingSearch search, Long applicantId, Long areaId) {

        /** No filters, newest first. */
        static Resolved none() {
            return new Resolved(all(), null, null);
        }

    }

    public FilingSearch {
        sort = (sort == null) ? Sort.NEWEST : sort;
        ignored = List.copyOf(ignored);
    }

    /** No filters: every filing the viewer may see, newest first. */
    public static FilingSearch all() {
        return new FilingSearch(null, null, null, null, null, null, null, null, Sort.NEWEST, 0, List.of());
    }

    public FilingSearch withPage(int page) {
        return new FilingSearch(this.member, this.office, this.status, this.area, this.year, this.ipc, this.open,
                this.q, this.sort, page, this.ignored, this.sample);
    }

    /** The filters alone: the same matches in the default order, from the first page, with nothing noted as ignored. */
    FilingSearch filtersOnly() {
        return new FilingSearch(this.member, this.office, this.status, this.area, this.year, this.ipc, this.open,
                this.q, Sort.NEWEST, 0, List.of(), this.sample);
    }

    /** This search without the year filter (for a query that already keeps to months of that year). */
    FilingSearch withoutYear() {
        return new FilingSearch(this.member, this.office, this.status, this.area, null, this.ipc, this.open, this.q,
                this.sort, this.page, this.ignored, this.sample);
    }

    /** This search without the member filter, noting that its value was ignored. */
    FilingSearch withoutMember() {
        return new FilingSearch(null, this.office, this.status, this.area, this.year, this.ipc, this.open, this.q,
                this.sort, this.page, plus(new Ignored("member", this.member)), this.sample);
    }

    /** This search without the technology area filter, noting that its value was ignored. */
    FilingSearch withoutArea() {
        return new FilingSearch(this.member, this.office, this.status, null, this.year, this.ipc, this.open, this.q,
                this.sort, this.page, plus(new Ignored("area", this.area)), this.sample);
    }

    /** Whether any filter narrows the list (the order does not count). */
    public boolean isFiltered() {
        return this.member != null || this.office != null || this.status != null || this.area != null
                || this.year != null || this.ipc != null || this.open != null || this.q != null || this.sample != null;
    }

    /** The address of the given page of this search, keeping every filter and the order. */
    public String pageUrl(int page) {
        UriComponentsBuilder url = filtered("/filings");
        if (page > 0) {
            url.queryParam("page", page);
        }
        return url.encode().build().toUriString();
    }

    /**
     * The address of the first page of this search in another order (a column heading's link), keeping
     * every filter. An unknown order gives the default one.
     */
    public String sortUrl(String sortParam) {
        UriComponentsBuilder url = filteredWithout("/filings");
        if (!Sort.NEWEST.param().equals(sortParam)) {
            for (Sort s : Sort.values()) {
                if (s.param().equals(sortParam)) {
                    url.queryParam("sort", s.param());
                }
            }
        }
        return url.encode().build().toUriString();
    }

    /** The address of this search's download in the given format ({@code csv} or {@code xlsx}). */
    public String exportUrl(String format) {
        return filtered("/filings/export." + format).encode().build().toUriString();
    }

    private UriComponentsBuilder filtered(String path) {
        UriComponentsBuilder url = filteredWithout(path);
        if (this.sort != Sort.NEWEST) {
            url.queryParam("sort", this.sort.param());
        }
        return url;
    }

    /** The address with every filter but not the order. */
    private UriComponentsBuilder filteredWithout(String path) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath(path);
        param(url, "member", this.member);
        param(url, "office", this.office == null ? null : this.office.name());
        param(url, "status", this.status == null ? null : this.status.name());
        param(url, "area", this.area);
        param(url, "year", this.year);
        param(url, "ipc", this.ipc);
        param(url, "open", this.open);
        param(url, "q", this.q);
        param(url, "sample", sampleParam());
        return url;
    }

    private static void param(UriComponentsBuilder url, String name, Object value) {
        if (value != null) {
            url.queryParam(name, value);
        }
    }

    private List<Ignored> plus(Ignored more) {
        List<Ignored> all = new ArrayList<>(this.ignored);
        all.add(more);
        return all;
    }

}
