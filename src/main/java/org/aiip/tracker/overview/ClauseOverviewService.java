package org.aiip.tracker.overview;

import java.time.LocalDate;
import java.time.Year;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.aiip.tracker.clause.Clause;
import org.aiip.tracker.clause.ClauseService;
import org.aiip.tracker.clause.ClauseText;
import org.aiip.tracker.compliance.ComplianceAssessment;
import org.aiip.tracker.compliance.ComplianceService;
import org.aiip.tracker.compliance.ComplianceStatus;
import org.aiip.tracker.compliance.Evidence;
import org.aiip.tracker.filing.FilingAccess;
import org.aiip.tracker.filing.FilingStatistics;
import org.aiip.tracker.member.MemberCompany;
import org.aiip.tracker.member.MemberService;
import org.aiip.tracker.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Assembles the public clause pages: the texts, coverage among members and the data indicators. */
@Service
@Transactional(readOnly = true)
class ClauseOverviewService {

    /** The clause whose indicator is the open-licence offers. */
    static final int OPEN_LICENSING = 3;

    /** The clause whose indicator is the filings outside China. */
    static final int INTERNATIONAL = 8;

    /** Coverage over time starts in the year the initiative was published. */
    static final int COVERAGE_FROM = 2020;

    private final ClauseService clauses;

    private final MemberService members;

    private final ComplianceService compliance;

    private final FilingStatistics statistics;

    private final RegistryEvidence evidence;

    ClauseOverviewService(ClauseService clauses, MemberService members, ComplianceService compliance,
            FilingStatistics statistics, RegistryEvidence evidence) {
        this.clauses = clauses;
        this.members = members;
        this.compliance = compliance;
        this.statistics = statistics;
        this.evidence = evidence;
    }

    List<ClauseRow> list(Locale locale) {
        List<MemberCompany> active = activeMembers();
        ComplianceFigures figures = new ComplianceFigures(this.compliance.all());
        return this.clauses.all()
            .stream()
            .map(c -> new ClauseRow(c.getNumber(), c.textFor(locale).orElse(null),
                    figures.implementedAmong(active, c.getNumber()), active.size()))
            .toList();
    }

    /** The clause page; anything but a clause number that exists (1 to 8) is a 404. */
    ClausePage page(String number, Locale locale) {
        Clause clause = parse(number).flatMap(this.clauses::byNumber)
            .orElseThrow(() -> new NotFoundException("Clause " + number));
        ClauseText shown = clause.textFor(locale).orElse(null);
        List<ClauseText> others = clause.getTexts()
            .stream()
            .filter(t -> !t.getLang().equals(locale.getLanguage()))
            .toList();
        List<String> missing = Clause.LANGUAGES.stream().filter(lang -> clause.text(lang).isEmpty()).toList();
        Map<Long, ComplianceAssessment> assessments = this.compliance.forClause(clause.getId())
            .stream()
            .collect(Collectors.toMap(a -> a.getMember().getId(), Function.identity()));
        List<MemberCompany> all = this.members.all();
        RegistryEvidence.Records records = this.evidence.load();
        int clauseNumber = clause.getNumber();
        List<ClausePage.Standing> standings = all
            .stream()
            .map(m -> new ClausePage.Standing(m, assessments.get(m.getId()),
                    records.forMember(m.getId(), clauseNumber)))
            .toList();
        List<MemberCompany> active = all.stream().filter(MemberCompany::isActive).toList();
        ComplianceFigures figures = new ComplianceFigures(List.copyOf(assessments.values()));
        int n = clause.getNumber();
        return new ClausePage(n, shown, others, missing, standings, figures.implementedAmong(active, n), active.size(),
                n == OPEN_LICENSING ? this.statistics.openLicenceOffers(FilingAccess.visibility()) : null,
                n == INTERNATIONAL ? this.statistics.outsideChina(FilingAccess.visibility()) : null,
                coverageOverTime(assessments.values(), active, Year.now().getValue()), records.registriesOf(n),
                records.forClause(n));
    }

    /**
     * There is no status history, so coverage over time is derived: for each year from 2020, the
     * active members whose assessment is IMPLEMENTED now and whose earliest evidence is dated on or
     * before the end of that year. An implemented assessment without evidence has no date and is
     * not counted. Reads the assessments the page already loaded with their evidence: no query.
     */
    static List<ClausePage.CoveragePoint> coverageOverTime(Collection<ComplianceAssessment> assessments,
            List<MemberCompany> active, int lastYear) {
        Set<Long> activeIds = active.stream().map(MemberCompany::getId).collect(Collectors.toSet());
        List<LocalDate> since = assessments.stream()
            .filter(a -> a.getStatus() == ComplianceStatus.IMPLEMENTED && activeIds.contains(a.getMember().getId()))
            .map(a -> a.getEvidence().stream().map(Evidence::getEvidenceDate).min(Comparator.naturalOrder()))
            .flatMap(Optional::stream)
            .toList();
        return IntStream.rangeClosed(COVERAGE_FROM, lastYear)
            .mapToObj(year -> new ClausePage.CoveragePoint(year,
                    since.stream().filter(d -> d.getYear() <= year).count()))
            .toList();
    }

    private List<MemberCompany> activeMembers() {
        return this.members.all().stream().filter(MemberCompany::isActive).toList();
    }

    private static Optional<Integer> parse(String number) {
        if (!number.matches("[0-9]{1,2}")) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(number));
    }

}
