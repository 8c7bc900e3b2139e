package org.aiip.tracker.compliance;

import org.aiip.tracker.member.MemberRef;

/**
 * What the assessment edit page shows of its {@link AssessmentEdit}: the member, the clause number and the
 * assessment as values, so that the template never holds the entities.
 *
 * @param assessment the assessment with its evidence, or {@code null} when there is none yet
 */
record AssessmentPage(MemberRef member, int clauseNumber, AssessmentView assessment) {

    static AssessmentPage of(AssessmentEdit edit) {
        return new AssessmentPage(MemberRef.of(edit.member()), edit.clause().getNumber(),
                AssessmentView.of(edit.assessment()));
    }

}
