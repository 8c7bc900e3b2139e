package org.aiip.tracker.compliance;

import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ComplianceAssessmentRepository extends JpaRepository<ComplianceAssessment, Long> {

    @EntityGraph(attributePaths = { "clause", "evidence" })
    List<ComplianceAssessment> findByMemberIdOrderByClauseNumberAsc(Long memberId);

    @EntityGraph(attributePaths = { "member", "evidence" })
    List<ComplianceAssessment> findByClauseIdOrderByMemberNameEnAsc(Long clauseId);

    @EntityGraph(attributePaths = { "member", "clause" })
    List<ComplianceAssessment> findAllBy();

}
