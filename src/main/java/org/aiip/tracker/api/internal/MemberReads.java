package org.aiip.tracker.api.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.aiip.tracker.compliance.ComplianceAssessment;
import org.aiip.tracker.compliance.ComplianceService;
import org.aiip.tracker.compliance.ComplianceStatus;
import org.aiip.tracker.filing.FilingAccess;
import org.aiip.tracker.filing.FilingStatistics;
import org.aiip.tracker.filing.FilingStatistics.Totals;
import org.aiip.tracker.filing.FilingVisibility;
import org.aiip.tracker.member.MemberCompany;
import org.aiip.tracker.member.MemberService;
import org.aiip.tracker.system.NotFoundException;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Members for the API, with the figures the members pages show, read in one transaction. */
@Component
@Transactional(readOnly = true)
class MemberReads {

    private final MemberService members;

    private final FilingStatistics statistics;

    private final ComplianceService compliance;

    MemberReads(MemberService members, FilingStatistics statistics, ComplianceService compliance) {
        this.members = members;
        this.statistics = statistics;
        this.compliance = compliance;
    }

    /** Every member, active and withdrawn, by English name. */
    List<MemberJson> list() {
        Map<Long, Totals> filings = this.statistics.totalsPerMember(FilingAccess.visibility());
        Map<Long, Long> implemented = this.compliance.all()
            .stream()
            .filter(a -> a.getStatus() == ComplianceStatus.IMPLEMENTED)
            .collect(Collectors.groupingBy(a -> a.getMember().getId(), Collectors.counting()));
        return this.members.all()
            .stream()
            .map(m -> MemberJson.of(m, filings.getOrDefault(m.getId(), Totals.NONE).total(),
                    implemented.getOrDefault(m.getId(), 0L)))
            .toList();
    }

    /** One member's profile; an unknown slug is not found. */
    MemberDetailJson detail(String slug) {
        MemberCompany m = this.members.bySlug(slug).orElseThrow(() -> new NotFoundException("Member " + slug));
        FilingVisibility viewer = FilingAccess.visibility();
        Long id = m.getId();
        long implemented = this.compliance.forMember(id)
            .stream()
            .map(ComplianceAssessment::getStatus)
            .filter(ComplianceStatus.IMPLEMENTED::equals)
            .count();
        return new MemberDetailJson(m.getSlug(), Names.of(m.getNameEn(), m.getNameZh(), m.getNameKo()),
                m.getSector(), m.getWebsite(), m.getDescription(), m.getJoinedOn(), m.getStatus(), m.getWithdrawnOn(),
                m.getRole(),
                new MemberDetailJson.Filings(FiguresJson.Totals.of(this.statistics.totalsForMember(viewer, id)),
                        FiguresJson.YearCount.of(this.statistics.perYear(viewer, id)),
                        FiguresJson.AreaCount.of(this.statistics.byArea(viewer, id)),
                        FiguresJson.OfficeCount.of(this.statistics.byOffice(viewer, id))),
                implemented, new MemberDetailJson.Links(ApiPaths.member(slug), ApiPaths.filingsOf(slug),
                        ApiPaths.memberCompliance(slug), ApiPaths.agreementsOf(slug)));
    }

}
