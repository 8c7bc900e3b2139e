package org.aiip.tracker.api.internal;

import java.time.LocalDate;
import java.util.List;

import org.aiip.tracker.agreement.AgreementKind;
import org.aiip.tracker.agreement.CooperationAgreement;
import org.aiip.tracker.agreement.DatePrecision;
import org.aiip.tracker.api.internal.AssessmentJson.ClauseRef;

/**
 * A cooperation agreement between member companies.
 *
 * @param signedPrecision how much of {@code signedOn} is known: the day, only the month, or only the year
 * @param relatedClauses the initiative's clauses the agreement puts into practice
 */
record AgreementJson(long id, String title, LocalDate signedOn, DatePrecision signedPrecision, AgreementKind kind,
        List<MemberRefJson> parties, List<String> technologyFields, List<ClauseRef> relatedClauses, String description,
        String source, boolean sample, String href) {

    static AgreementJson of(CooperationAgreement a) {
        return new AgreementJson(a.getId(), a.getTitle(), a.getSignedOn(), a.getSignedPrecision(), a.getKind(),
                a.getParties().stream().map(MemberRefJson::of).toList(), List.copyOf(a.getTechnologyFields()),
                a.getRelatedClauses().stream().map(c -> new ClauseRef(c.getNumber(), ApiPaths.clause(c.getNumber())))
                    .toList(),
                a.getDescription(), a.getSource(), a.isSample(), ApiPaths.agreement(a.getId()));
    }

}
