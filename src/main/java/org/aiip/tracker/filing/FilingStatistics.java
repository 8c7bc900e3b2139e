package org.aiip.tracker.filing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.aiip.tracker.system.DataRevision;
import org.aiip.tracker.system.RevisionKept;

/**
 * The reader of the counts: aggregate figures about filings for the dashboard, member and clause pages, mostly
 * from the {@code filing_count} rows ({@link FilingCountRow}) that {@link FilingCounts} keeps. Every figure is one
 * GROUP BY query on indexed columns that returns a handful of rows, never the filings themselves;
 * every method takes the viewer's {@link FilingVisibility}, so that unpublished filings are only
 * counted for those who may see them.
 */
@Service
@Transactional(readOnly = true)
public class FilingStatistics {

    private static final String LINE = "select new org.aiip.tracker.filing.FilingStatistics$FilingLine(f.id, f.office,"
            + " coalesce(f.applicationNumber, f.publicationNumber), f.title, f.applicant.id, f.filingDate, f.legalStatus,"
            + " f.updatedAt) from PatentFiling f";

    private final EntityManager em;

    private final TechnologyAreaRepository areas;

    private final FilingIndex index;

    /**
     * The sites the real filings cite: the one figure here that reads every real filing (it groups their source
     * addresses by host), 3.4 s at a million filings on H2. It changes only with the data, so it is counted once
     * per {@link DataRevision} and kept, instead of on every visit to the public sources page.
     */
    private final RevisionKept<List<SourceCount>> sourcePages;

    FilingStatistics(EntityManager em, TechnologyAreaRepository areas, FilingIndex index, DataRevision revision) {
        this.em = em;
        this.areas = areas;
        this.index = index;
        this.sourcePages = new RevisionKept<>(revision, this::countSourcePages);
    }

    /** Total, granted, pending and open-licence counts of all visible filings. */
    public Totals totals(FilingVisibility visibility) {
        return Totals.of(statusRows(visibility, null));
    }

    /** The same totals for one member's filings (as applicant). */
    public Totals totalsForMember(FilingVisibility visibility, Long memberId) {
        return Totals.of(statusRows(visibility, memberId));
    }

    /** Totals per member (as applicant); members without visible filings are absent. */
    public Map<Long, Totals> totalsPerMember(FilingVisibility visibility) {
        List<Object[]> rows = query("select f.applicant.id, f.legalStatus, f.openLicence, sum(f.filings) from FilingCountRow f",
                visibility, null, "group by f.applicant.id, f.legalStatus, f.openLicence", Object[].class)
            .getResultList();
        Map<Long, List<StatusRow>> byMember = new HashMap<>();
        for (Object[] row : rows) {
            byMember.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                .add(new StatusRow((LegalStatus) row[1], (Boolean) row[2], (Long) row[3]));
        }
        Map<Long, Totals> totals = new HashMap<>();
        byMember.forEach((id, statusRows) -> totals.put(id, Totals.of(statusRows)));
        return totals;
    }

    /** Filings per filing year and applicant, from {@code fromYear} on, ordered by year. */
    public List<MemberYearCount> perYearPerMember(FilingVisibility visibility, int fromYear) {
        return query("select new org.aiip.tracker.filing.FilingStatistics$MemberYearCount(f.filingYear, f.applicant.id, sum(f.filings))"
                + " from FilingCountRow f", visibility, null,
                "and f.filingYear >= :fromYear group by f.filingYear, f.applicant.id order by f.filingYear",
                MemberYearCount.class)
            .setParameter("fromYear", fromYear)
            .getResultList();
    }

    /** One member's filings per filing year, ordered by year. */
    public List<YearCount> perYear(FilingVisibility visibility, Long memberId) {
        return query("select new org.aiip.tracker.filing.FilingStatistics$YearCount(f.filingYear, sum(f.filings))"
                + " from FilingCountRow f", visibility, memberId, "group by f.filingYear order by f.filingYear",
                YearCount.class)
            .getResultList();
    }

    /** Visible filings per technology area, in the areas' own order; areas without filings are absent. */
    public List<AreaCount> byArea(FilingVisibility visibility) {
        return byArea(visibility, null);
    }

    /** One member's visible filings per technology area ({@code memberId} null: everyone's). */
    public List<AreaCount> byArea(FilingVisibility visibility, Long memberId) {
        Map<Long, Long> counts = toMap(query("select f.technologyArea.id, sum(f.filings) from FilingCountRow f", visibility,
                memberId, "group by f.technologyArea.id", Object[].class)
            .getResultList(), row -> (Long) row[0]);
        return this.areas.findAllByOrderBySortOrderAsc()
            .stream()
            .filter(area -> counts.containsKey(area.getId()))
            .map(area -> new AreaCount(area, counts.get(area.getId())))
            .toList();
    }

    /** Visible filings per office, most first. */
    public List<OfficeCount> byOffice(FilingVisibility visibility) {
        return byOffice(visibility, null);
    }

    /** One member's visible filings per office, most first ({@code memberId} null: everyone's). */
    public List<OfficeCount> byOffice(FilingVisibility visibility, Long memberId) {
        return query("select new org.aiip.tracker.filing.FilingStatistics$OfficeCount(f.office, sum(f.filings))"
                + " from FilingCountRow f", visibility, memberId, "group by f.office", OfficeCount.class)
            .getResultList()
            .stream()
            .sorted(Comparator.comparingLong(OfficeCount::count).reversed().thenComparing(OfficeCount::office))
            .toList();
    }

    /** Visible filings filed outside China (office other than CN), per office: the clause 8 indicator. */
    public List<OfficeCount> outsideChina(FilingVisibility visibility) {
        return byOffice(visibility).stream().filter(c -> c.office() != PatentOffice.CN).toList();
    }

    /** Visible filings per legal status, in the order of {@link LegalStatus}; statuses without filings are absent. */
    public List<StatusCount> byStatus(FilingVisibility visibility) {
        Map<LegalStatus, Long> counts = new EnumMap<>(LegalStatus.class);
        statusRows(visibility, null).forEach(row -> counts.merge(row.status(), row.count(), Long::sum));
        return counts.entrySet().stream().map(e -> new StatusCount(e.getKey(), e.getValue())).toList();
    }

    /** Visible filings that offer an open licence: the clause 3 indicator. */
    public long openLicenceOffers(FilingVisibility visibility) {
        return totals(visibility).openLicence();
    }

    /** The most recently changed visible filings, newest first (from the search engine). */
    public List<FilingLine> latestChanges(FilingVisibility visibility, int limit) {
        return lines(this.index.latestChanges(visibility, null, limit));
    }

    /** A member's most recently changed visible filings, newest first (from the search engine). */
    public List<FilingLine> latestForMember(FilingVisibility visibility, Long memberId, int limit) {
        return lines(this.index.latestChanges(visibility, memberId, limit));
    }

    private List<FilingLine> lines(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, FilingLine> byId = new HashMap<>();
        this.em.createQuery(LINE + " where f.id in :ids", FilingLine.class)
            .setParameter("ids", ids)
            .getResultList()
            .forEach(line -> byId.put(line.id(), line));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    private List<StatusRow> statusRows(FilingVisibility visibility, Long memberId) {
        return query("select new org.aiip.tracker.filing.FilingStatistics$StatusRow(f.legalStatus, f.openLicence, sum(f.filings))"
                + " from FilingCountRow f", visibility, memberId, "group by f.legalStatus, f.openLicence", StatusRow.class)
            .getResultList();
    }

    /**
     * Builds "select ... where [visibility] [and applicant] tail". The tail may start with "and"
     * (a further condition) before its "group by"/"order by".
     */
    private <T> TypedQuery<T> query(String select, FilingVisibility visibility, Long memberId, String tail,
            Class<T> type) {
        String visible = visibility.everything() ? "true"
                : (visibility.memberId() == null) ? "f.published = true"
                        : "(f.published = true or f.applicant.id = :viewerId)";
        String applicant = (memberId != null) ? " and f.applicant.id = :memberId" : "";
        TypedQuery<T> query = this.em.createQuery(select + " where " + visible + applicant + " " + tail, type);
        if (!visibility.everything() && visibility.memberId() != null) {
            query.setParameter("viewerId", visibility.memberId());
        }
        if (memberId != null) {
            query.setParameter("memberId", memberId);
        }
        return query;
    }

    /**
     * Whole and fractional counts per member: a filing shared by several members counts once for each
     * in the whole count, and 1/n for each in the fractional count, n being every applicant the source
     * names (members and others). Only filings with several applicants are read; the rest count 1.
     */
    public Map<Long, MemberShare> sharesPerMember(FilingVisibility visibility) {
        Map<Long, MemberShare> shares = new HashMap<>();
        totalsPerMember(visibility).forEach((id, totals) -> shares.put(id, new MemberShare(id, totals.total(), totals.total())));
        String visible = nativeVisibility(visibility);
        List<Object[]> rows = nativeQuery("select f.applicant_id, f.applicant_count, 0 from patent_filing f"
                + " where f.applicant_count > 1 and " + visible
                + " union all select c.member_id, f.applicant_count, 1 from filing_co_applicant c"
                + " join patent_filing f on f.id = c.filing_id where " + visible, visibility).getResultList();
        for (Object[] row : rows) {
            long memberId = ((Number) row[0]).longValue();
            int applicants = Math.max(1, ((Number) row[1]).intValue());
            boolean coApplicant = ((Number) row[2]).intValue() == 1;
            MemberShare now = shares.getOrDefault(memberId, new MemberShare(memberId, 0, 0));
            // A primary applicant's shared filing is in its whole count already: only its fraction changes.
            shares.put(memberId, new MemberShare(memberId, now.whole() + (coApplicant ? 1 : 0),
                    now.fractional() - (coApplicant ? 0 : 1) + 1.0 / applicants));
        }
        return shares;
    }

    /** Filings per filing year of the members that are co-applicants (not the first applicant), from {@code fromYear}. */
    public List<MemberYearCount> coApplicantsPerYear(FilingVisibility visibility, int fromYear) {
        List<Object[]> rows = nativeQuery("select f.filing_year, c.member_id, count(*) from filing_co_applicant c"
                + " join patent_filing f on f.id = c.filing_id where f.filing_year >= " + fromYear + " and "
                + nativeVisibility(visibility) + " group by f.filing_year, c.member_id", visibility).getResultList();
        return rows.stream()
            .map(r -> new MemberYearCount(((Number) r[0]).intValue(), ((Number) r[1]).longValue(),
                    ((Number) r[2]).longValue()))
            .toList();
    }

    /** The earliest filing year among the visible filings, if any. */
    public java.util.OptionalInt firstYear(FilingVisibility visibility) {
        Integer year = query("select min(f.filingYear) from FilingCountRow f", visibility, null, "", Integer.class)
            .getSingleResult();
        return year == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(year);
    }

    /** The hosts of the public pages the real filings cite, with how many filings each, most first. */
    public List<SourceCount> sourcePages() {
        return this.sourcePages.get();
    }

    private List<SourceCount> countSourcePages() {
        List<Object[]> rows = this.em.createNativeQuery("""
                select h, count(*) from (
                  select substring(source_url from 1 for position('/' in substring(source_url from 9)) + 7) h
                  from patent_filing where source_url is not null and published = true and sample = false) s
                group by h order by count(*) desc, h""").getResultList();
        return rows.stream().map(r -> new SourceCount((String) r[0], ((Number) r[1]).longValue())).toList();
    }

    private static String nativeVisibility(FilingVisibility visibility) {
        return visibility.everything() ? "1 = 1"
                : (visibility.memberId() == null) ? "f.published = true"
                        : "(f.published = true or f.applicant_id = :viewerId)";
    }

    private jakarta.persistence.Query nativeQuery(String sql, FilingVisibility visibility) {
        jakarta.persistence.Query query = this.em.createNativeQuery(sql);
        if (!visibility.everything() && visibility.memberId() != null) {
            query.setParameter("viewerId", visibility.memberId());
        }
        return query;
    }

    /** A member's whole count (each shared filing once) and fractional count (1/n of each shared filing). */
    public record MemberShare(Long memberId, long whole, double fractional) {
    }

    /** The filings citing pages of one site ({@code https://patents.google.com}). */
    public record SourceCount(String site, long count) {
    }

    private static <K> Map<K, Long> toMap(List<Object[]> rows, Function<Object[], K> key) {
        return rows.stream().collect(Collectors.toMap(key, row -> (Long) row[row.length - 1], Long::sum,
                LinkedHashMap::new));
    }

    /** Counts of one legal status with or without an open licence; the raw row behind the totals. */
    public record StatusRow(LegalStatus status, boolean openLicence, long count) {
    }

    /**
     * The headline figures.
     *
     * @param total all visible filings
     * @param granted those granted
     * @param pending those filed, published or under examination
     * @param openLicence those whose applicant offers an open licence
     */
    public record Totals(long total, long granted, long pending, long openLicence) {

        public static final Totals NONE = new Totals(0, 0, 0, 0);

        static Totals of(List<StatusRow> rows) {
            long total = 0, granted = 0, pending = 0, open = 0;
            for (StatusRow row : rows) {
                total += row.count();
                granted += row.status() == LegalStatus.GRANTED ? row.count() : 0;
                pending += row.status().isPending() ? row.count() : 0;
                open += row.openLicence() ? row.count() : 0;
            }
            return new Totals(total, granted, pending, open);
        }

    }

    /** Filings of one applicant in one filing year. */
    public record MemberYearCount(int year, Long memberId, long count) {
    }

    /** Filings in one filing year. */
    public record YearCount(int year, long count) {
    }

    /** Filings in one technology area. */
    public record AreaCount(TechnologyArea area, long count) {
    }

    /** Filings at one office. */
    public record OfficeCount(PatentOffice office, long count) {
    }

    /** Filings in one legal status. */
    public record StatusCount(LegalStatus status, long count) {
    }

    /** One filing in a short list: enough to show a line and link to it, no entity. */
    public record FilingLine(Long id, PatentOffice office, String applicationNumber, String title, Long applicantId,
            LocalDate filingDate, LegalStatus legalStatus, Instant updatedAt) {

        /** The application number in the office's usual written form (the publication number when it is not known). */
        public String number() {
            return FilingListRow.displayNumber(this.office, this.applicationNumber);
        }

    }

}
