package org.aiip.tracker.compliance;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ComplianceAssessmentRepository extends JpaRepository<ComplianceAssessment, Long> {

    @EntityGraph(attributePaths = { "clause", "evidence" })
    List<ComplianceAssessment> findByMemberIdOrderByClauseNumberAsc(Long memberId);

    @EntityGraph(attributePaths = { "member", "evidence" })
    List<ComplianceAssessment> findByClauseIdOrderByMemberNameEnAsc(Long clauseId);

    @EntityGraph(attributePaths = { "member", "clause" })
    List<ComplianceAssessment> findAllBy();

    /** The one assessment of a member on a clause, with its evidence, for the edit page. */
    @EntityGraph(attributePaths = "evidence")
    Optional<ComplianceAssessment> findByMemberIdAndClauseId(Long memberId, Long clauseId);

    /** An assessment with its member and clause, for the review. */
    @EntityGraph(attributePaths = { "member", "clause" })
    Optional<ComplianceAssessment> findWithMemberAndClauseById(Long id);

}
