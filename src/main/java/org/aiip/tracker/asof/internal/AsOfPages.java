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
        List<FilingAsOf> filings = this.record.filings(asOf);
        List<Standing> members = this.membership.membersOn(asOf.day());
        List<AssessmentAsOf> assessments = this.record.assessments(asOf);
        AsOfRegistries.Records records = this.registries.on(asOf);
        return new AsOfDashboard(asOf, members, totals(filings), byStatus(filings), byOffice(filings),
                byArea(filings, this.record.areas(), locale), byYear(filings), perMember(filings, members),
                filings.stream().anyMatch(f -> !f.coApplicantIds.isEmpty()), records, CLAUSES,
                matrix(members, assessments, records, locale), this.record.changesSince(asOf));
    }

    /** The registry records on the day (offers, cases, transfers, declarations). */
    public AsOfRegistries.Records registries(AsOf asOf) {
        return this.registries.on(asOf);
    }

    /** One member's filings on record then (as first applicant or co-applicant), and its assessments as they stood. */
    public List<FilingAsOf> filingsOf(AsOf asOf, Long memberId) {
        return this.record.filings(asOf)
            .stream()
            .filter(f -> f.isOf(memberId))
            .sorted(Comparator.comparing(FilingAsOf::getFilingDate, Comparator.nullsLast(Comparator.reverseOrder())))
            .toList();
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

    static Totals totals(List<FilingAsOf> filings) {
        long granted = filings.stream().filter(f -> LegalStatus.GRANTED.name().equals(f.legalStatus)).count();
        long pending = filings.stream().filter(f -> status(f) != null && status(f).isPending()).count();
        long open = filings.stream().filter(f -> f.openLicence).count();
        return new Totals(filings.size(), granted, pending, open);
    }

    static Map<String, Long> byStatus(List<FilingAsOf> filings) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (LegalStatus status : LegalStatus.values()) {
            long n = filings.stream().filter(f -> status.name().equals(f.legalStatus)).count();
            if (n > 0) {
                counts.put(status.name(), n);
            }
        }
        return counts;
    }

    static Map<String, Long> byOffice(List<FilingAsOf> filings) {
        Map<String, Long> counts = filings.stream()
            .collect(Collectors.groupingBy(f -> String.valueOf(f.office), TreeMap::new, Collectors.counting()));
        return counts.entrySet()
            .stream()
            .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, Long::sum, LinkedHashMap::new));
    }

    static Map<String, Long> byArea(List<FilingAsOf> filings, List<TechnologyArea> areas, Locale locale) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (TechnologyArea area : areas) {
            long n = filings.stream().filter(f -> Objects.equals(f.areaId, area.getId())).count();
            if (n > 0) {
                counts.put(area.name(locale), n);
            }
        }
        return counts;
    }

    static Map<Integer, Long> byYear(List<FilingAsOf> filings) {
        return filings.stream()
            .filter(f -> f.filingDate != null)
            .collect(Collectors.groupingBy(FilingAsOf::getFilingYear, TreeMap::new, Collectors.counting()));
    }

    /** Filings per member: a filing shared by several members counts for each of them. */
    private List<AsOfDashboard.MemberCount> perMember(List<FilingAsOf> filings, List<Standing> members) {
        Map<Long, Long> counts = new java.util.HashMap<>();
        for (FilingAsOf f : filings) {
            java.util.Set<Long> applicants = new java.util.LinkedHashSet<>();
            applicants.add(f.applicantId);
            applicants.addAll(f.coApplicantIds);
            applicants.forEach(id -> counts.merge(id, 1L, Long::sum));
        }
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
