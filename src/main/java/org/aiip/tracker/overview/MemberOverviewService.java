package org.aiip.tracker.overview;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.aiip.tracker.agreement.AgreementService;
import org.aiip.tracker.clause.ClauseService;
import org.aiip.tracker.compliance.AssessmentView;
import org.aiip.tracker.compliance.ComplianceAssessment;
import org.aiip.tracker.compliance.ComplianceService;
import org.aiip.tracker.filing.FilingStatistics;
import org.aiip.tracker.filing.FilingStatistics.Totals;
import org.aiip.tracker.filing.FilingAccess;
import org.aiip.tracker.filing.FilingVisibility;
import org.aiip.tracker.member.MemberCompany;
import org.aiip.tracker.member.MemberRef;
import org.aiip.tracker.member.MemberService;
import org.aiip.tracker.member.MemberView;
import org.aiip.tracker.membership.MembershipService;
import org.aiip.tracker.overview.Dashboard.NamedCount;
import org.aiip.tracker.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Assembles the public members list and member profiles. */
@Service
@Transactional(readOnly = true)
class MemberOverviewService {

    static final int LATEST = 10;


    private final MemberService members;

    private final ClauseService clauses;

    private final ComplianceService compliance;

    private final AgreementService agreements;

    private final FilingStatistics statistics;

    private final RegistryEvidence evidence;

    private final MembershipService membership;

    MemberOverviewService(MemberService members, ClauseService clauses, ComplianceService compliance,
            AgreementService agreements, FilingStatistics statistics, RegistryEvidence evidence,
            MembershipService membership) {
        this.evidence = evidence;
        this.membership = membership;
        this.members = members;
        this.clauses = clauses;
        this.compliance = compliance;
        this.agreements = agreements;
        this.statistics = statistics;
    }

    List<MemberRow> list() {
        Map<Long, Totals> filings = this.statistics.totalsPerMember(viewer());
        ComplianceFigures figures = new ComplianceFigures(this.compliance.all());
        return this.members.all()
            .stream()
            .map(m -> new MemberRow(MemberView.of(m), filings.getOrDefault(m.getId(), Totals.NONE).total(), figures.implementedBy(m)))
            .toList();
    }

    /** The member's profile; an unknown slug is a 404. */
    MemberProfile profile(String slug, Locale locale) {
        MemberCompany member = this.members.bySlug(slug).orElseThrow(() -> new NotFoundException("Member " + slug));
        Long id = member.getId();
        Map<Long, MemberCompany> applicants = Map.of(id, member);
        return new MemberProfile(MemberView.of(member), this.statistics.totalsForMember(viewer(), id),
                this.statistics.perYear(viewer(), id),
                this.statistics.byArea(viewer(), id)
                    .stream()
                    .map(c -> new NamedCount(c.area().name(locale), c.count()))
                    .toList(),
                this.statistics.byOffice(viewer(), id), clauseStandings(id, locale), agreements(member),
                this.statistics.latestForMember(viewer(), id, LATEST)
                    .stream()
                    .map(l -> FilingRow.of(l, applicants))
                    .toList(), this.members.approvedAliases(id), this.membership.standingToday(member));
    }

    private List<MemberProfile.AgreementLine> agreements(MemberCompany member) {
        return this.agreements.forMember(member.getId())
            .stream()
            .map(a -> new MemberProfile.AgreementLine(a.getId(), a.getTitle(), a.getSignedOn(), a.getSignedPrecision(),
                    a.getParties().stream().filter(p -> !p.getId().equals(member.getId())).map(MemberRef::of).toList()))
            .toList();
    }

    private List<MemberProfile.ClauseStanding> clauseStandings(Long memberId, Locale locale) {
        Map<Integer, ComplianceAssessment> assessments = this.compliance.forMember(memberId)
            .stream()
            .collect(Collectors.toMap(a -> a.getClause().getNumber(), Function.identity()));
        RegistryEvidence.Records records = this.evidence.load();
        return this.clauses.all()
            .stream()
            .map(c -> new MemberProfile.ClauseStanding(c.getNumber(),
                    c.textFor(locale).map(t -> t.getShortTitle()).orElse(""), AssessmentView.of(assessments.get(c.getNumber())),
                    records.forMember(memberId, c.getNumber())))
            .toList();
    }

    /** Who is looking: the public sees published filings only, signed-in people what they may see. */
    private static FilingVisibility viewer() {
        return FilingAccess.visibility();
    }

}
