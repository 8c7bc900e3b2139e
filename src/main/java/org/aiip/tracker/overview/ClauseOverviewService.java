package org.aiip.tracker.overview;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.aiip.tracker.clause.Clause;
import org.aiip.tracker.clause.ClauseService;
import org.aiip.tracker.clause.ClauseTextView;
import org.aiip.tracker.compliance.AssessmentView;
import org.aiip.tracker.compliance.ComplianceAssessment;
import org.aiip.tracker.compliance.ComplianceService;
import org.aiip.tracker.compliance.ComplianceStatus;
import org.aiip.tracker.filing.FilingAccess;
import org.aiip.tracker.filing.FilingStatistics;
import org.aiip.tracker.member.MemberCompany;
import org.aiip.tracker.member.MemberRef;
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
            .map(c -> new ClauseRow(c.getNumber(), ClauseTextView.of(c.textFor(locale).orElse(null)),
                    figures.implementedAmong(active, c.getNumber()), active.size()))
            .toList();
    }

    /** The clause page; anything but a clause number that exists (1 to 8) is a 404. */
    ClausePage page(String number, Locale locale) {
        Clause clause = parse(number).flatMap(this.clauses::byNumber)
            .orElseThrow(() -> new NotFoundException("Clause " + number));
        ClauseTextView shown = ClauseTextView.of(clause.textFor(locale).orElse(null));
        List<ClauseTextView> others = clause.getTexts()
            .stream()
            .filter(t -> !t.getLang().equals(locale.getLanguage()))
            .map(ClauseTextView::of)
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
            .map(m -> new ClausePage.Standing(MemberRef.of(m), AssessmentView.of(assessments.get(m.getId())),
                    records.forMember(m.getId(), clauseNumber)))
            .toList();
        List<MemberCompany> active = all.stream().filter(MemberCompany::isActive).toList();
        ComplianceFigures figures = new ComplianceFigures(List.copyOf(assessments.values()));
        int n = clause.getNumber();
        return new ClausePage(n, shown, others, missing, standings, figures.implementedAmong(active, n), active.size(),
                n == OPEN_LICENSING ? this.statistics.openLicenceOffers(FilingAccess.visibility()) : null,
                n == INTERNATIONAL ? this.statistics.outsideChina(FilingAccess.visibility()) : null,
                reviewsByQuarter(assessments.values(), LocalDate.now()), records.registriesOf(n),
                records.forClause(n));
    }

    /**
     * What changes on a clause: its assessments counted by the quarter of their last review and by status,
     * for every quarter from the first review to the last (quarters between without a review count zero; a
     * review dated after {@code today} counts in today's quarter). An
     * assessment never reviewed has no date and is not counted. Reads the assessments the page already
     * loaded: no query.
     */
    static List<ClausePage.QuarterCount> reviewsByQuarter(Collection<ComplianceAssessment> assessments,
            LocalDate today) {
        List<ComplianceAssessment> reviewed = assessments.stream().filter(a -> a.getReviewedOn() != null).toList();
        if (reviewed.isEmpty()) {
            return List.of();
        }
        int first = quarterIndex(reviewed.stream().map(ComplianceAssessment::getReviewedOn).min(Comparator.naturalOrder()).orElseThrow());
        int last = Math.min(quarterIndex(today),
                quarterIndex(reviewed.stream().map(ComplianceAssessment::getReviewedOn).max(Comparator.naturalOrder()).orElseThrow()));
        first = Math.min(first, last);
        List<ClausePage.QuarterCount> quarters = new java.util.ArrayList<>();
        for (int q = first; q <= last; q++) {
            int index = q;
            int lastIndex = last;
            List<ComplianceAssessment> in = reviewed.stream()
                .filter(a -> Math.min(quarterIndex(a.getReviewedOn()), lastIndex) == index)
                .toList();
            quarters.add(new ClausePage.QuarterCount((q / 4) + " Q" + (q % 4 + 1), count(in, ComplianceStatus.IMPLEMENTED),
                    count(in, ComplianceStatus.IN_PROGRESS), count(in, ComplianceStatus.PLANNED),
                    count(in, ComplianceStatus.NOT_STARTED)));
        }
        return quarters;
    }

    private static int quarterIndex(LocalDate date) {
        return date.getYear() * 4 + (date.getMonthValue() - 1) / 3;
    }

    private static long count(List<ComplianceAssessment> assessments, ComplianceStatus status) {
        return assessments.stream().filter(a -> a.getStatus() == status).count();
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
