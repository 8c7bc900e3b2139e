package org.aiip.tracker.api.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** How each member stands on each clause, with the evidence. */
@RestController
@Tag(name = "Compliance", description = "Each member's assessment of each clause, with evidence")
class ComplianceReadController {

    private final ComplianceReads compliance;

    ComplianceReadController(ComplianceReads compliance) {
        this.compliance = compliance;
    }

    @GetMapping(ApiPaths.BASE + "/members/{slug}/compliance")
    @Operation(summary = "A member's assessments, clause by clause (a clause without one is not assessed yet)")
    ListJson<AssessmentJson> ofMember(@PathVariable String slug) {
        return new ListJson<>(this.compliance.ofMember(slug));
    }

    @GetMapping(ApiPaths.BASE + "/clauses/{number}/compliance")
    @Operation(summary = "Every member's assessment of one clause")
    ListJson<AssessmentJson> ofClause(@PathVariable String number) {
        return new ListJson<>(this.compliance.ofClause(number));
    }

}
