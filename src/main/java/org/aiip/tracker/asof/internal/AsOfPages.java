package org.aiip.tracker.asof.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.aiip.tracker.filing.FilingStatistics.Totals;
import org.aiip.tracker.filing.LegalStatus;
import org.aiip.tracker.filing.TechnologyArea;
import org.aiip.tracker.member.MemberCompany;
import org.aiip.tracker.membership.MembershipService;
import org.aiip.tracker.membership.Standing;

/** Assembles the "as of" pages' figures from the rebuilt record. */
@Service
@Transactional(readOnly = true)
class AsOfPages {

    static final List<Integer> CLAUSES = IntStream.rangeClosed(1, 8).boxed().toList();

    private final AsOfRecord record;

    private final MembershipService membership;

    private final AsOfRegistries registries;

    AsOfPages(AsOfRecord record, MembershipService membership, AsOfRegistries registries) {
        this.record = record;
        this.membership = membership;
        this.registries = registries;
    }

    public AsOfDashboard dashboard(AsOf asOf, Locale locale) {
        Figures figures = new Figures();
        this.record.eachFiling(asOf, figures::add);
        List<Standing> members = this.membership.membersOn(asOf.day());
        List<AssessmentAsOf> assessments = this.record.assessments(asOf);
        AsOfRegistries.Records records = this.registries.on(asOf);
        return new AsOfDashboard(asOf, members, figures.totals(), figures.byStatus(), figures.byOffice(),
                figures.byArea(this.record.areas(), locale), figures.byYear(), perMember(figures.perMember, members),
                figures.shared, records, CLAUSES, matrix(members, assessments, records, locale),
                this.record.changesSince(asOf));
    }

    /** The registry records on the day (offers, cases, transfers, declarations). */
    public AsOfRegistries.Records registries(AsOf asOf) {
        return this.registries.on(asOf);
    }

    /** How many filings a member page lists at most (the newest); it gives the count of all. */
    static final int MEMBER_PAGE_FILINGS = 200;

    /** A member's filings on record then: how many, and the newest of them (by filing date, then id). */
    record MemberFilings(long total, List<FilingAsOf> newest) {
    }

    /** One member's filings on record then (as first applicant or co-applicant), the newest {@code limit} of them. */
    public MemberFilings filingsOf(AsOf asOf, Long memberId, int limit) {
        // Newest first; filings of the same date (or none) in id order, as they are read.
        Comparator<FilingAsOf> order = Comparator
            .comparing(FilingAsOf::getFilingDate, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparingLong(FilingAsOf::getId);
        java.util.PriorityQueue<FilingAsOf> newest = new java.util.PriorityQueue<>(order.reversed());
        long[] total = { 0 };
        this.record.eachFiling(asOf, f -> {
            if (!f.isOf(memberId)) {
                return;
            }
            total[0]++;
            newest.add(f);
            if (newest.size() > limit) {
                newest.poll();
            }
        });
        return new MemberFilings(total[0], newest.stream().sorted(order).toList());
    }

    public List<AssessmentAsOf> assessmentsOf(AsOf asOf, Long memberId) {
        return this.record.assessments(asOf)
            .stream()
            .filter(a -> Objects.equals(a.memberId, memberId))
            .sorted(Comparator.comparingInt(AssessmentAsOf::getClauseNumber))
            .toList();
    }

    public List<AssessmentAsOf> assessmentsOfClause(AsOf asOf, int clause) {
        return this.record.assessments(asOf).stream().filter(a -> a.clauseNumber == clause).toList();
    }

    /** The dashboard's figures, counted in one pass over the filings as they are read. */
    static final class Figures {

        private long total;

        private long granted;

        private long pending;

        private long open;

        private final Map<String, Long> statuses = new java.util.HashMap<>();

        private final Map<String, Long> offices = new TreeMap<>();

        private final Map<Long, Long> areas = new java.util.HashMap<>();

        private final Map<Integer, Long> years = new TreeMap<>();

        final Map<Long, Long> perMember = new java.util.HashMap<>();

        boolean shared;

        void add(FilingAsOf f) {
            this.total++;
            if (LegalStatus.GRANTED.name().equals(f.legalStatus)) {
                this.granted++;
            }
            LegalStatus status = status(f);
            if (status != null && status.isPending()) {
                this.pending++;
            }
            if (f.openLicence) {
                this.open++;
            }
            if (f.legalStatus != null) {
                this.statuses.merge(f.legalStatus, 1L, Long::sum);
            }
            this.offices.merge(String.valueOf(f.office), 1L, Long::sum);
            if (f.areaId != null) {
                this.areas.merge(f.areaId, 1L, Long::sum);
            }
            if (f.filingDate != null) {
                this.years.merge(f.getFilingYear(), 1L, Long::sum);
            }
            // A filing shared by several members counts for each of them.
            java.util.Set<Long> applicants = new java.util.LinkedHashSet<>();
            applicants.add(f.applicantId);
            applicants.addAll(f.coApplicantIds);
            applicants.forEach(id -> this.perMember.merge(id, 1L, Long::sum));
            this.shared |= !f.coApplicantIds.isEmpty();
        }

        Totals totals() {
            return new Totals(this.total, this.granted, this.pending, this.open);
        }

        Map<String, Long> byStatus() {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (LegalStatus status : LegalStatus.values()) {
                long n = this.statuses.getOrDefault(status.name(), 0L);
                if (n > 0) {
                    counts.put(status.name(), n);
                }
            }
            return counts;
        }

        Map<String, Long> byOffice() {
            return this.offices.entrySet()
                .stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, Long::sum, LinkedHashMap::new));
        }

        Map<String, Long> byArea(List<TechnologyArea> areas, Locale locale) {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (TechnologyArea area : areas) {
                long n = this.areas.getOrDefault(area.getId(), 0L);
                if (n > 0) {
                    counts.put(area.name(locale), n);
                }
            }
            return counts;
        }

        Map<Integer, Long> byYear() {
            return this.years;
        }

    }

    /** Filings per member: a filing shared by several members counts for each of them. */
    private List<AsOfDashboard.MemberCount> perMember(Map<Long, Long> counts, List<Standing> members) {
        List<AsOfDashboard.MemberCount> rows = new ArrayList<>();
        for (MemberCompany m : this.record.members()) {
            if (counts.containsKey(m.getId()) || members.stream().anyMatch(s -> s.member().id().equals(m.getId()))) {
                rows.add(new AsOfDashboard.MemberCount(m.getSlug(), m.getNameEn(), counts.getOrDefault(m.getId(), 0L)));
            }
        }
        return rows;
    }

    private static List<AsOfDashboard.MatrixRow> matrix(List<Standing> members, List<AssessmentAsOf> assessments,
            AsOfRegistries.Records records, Locale locale) {
        return members.stream().map(s -> {
            String[] cells = new String[CLAUSES.size()];
            Arrays.fill(cells, "NONE");
            assessments.stream()
                .filter(a -> Objects.equals(a.memberId, s.member().id()))
                .forEach(a -> cells[a.clauseNumber - 1] = a.status);
            List<Long> counted = CLAUSES.stream().map(c -> records.count(s.member().id(), c)).toList();
            return new AsOfDashboard.MatrixRow(s.member().slug(), s.member().name(locale), List.of(cells), counted);
        }).toList();
    }

    private static LegalStatus status(FilingAsOf f) {
        try {
            return f.legalStatus == null ? null : LegalStatus.valueOf(f.legalStatus);
        }
        catch (IllegalArgumentException ex) {
            return null;
        }
    }

}
