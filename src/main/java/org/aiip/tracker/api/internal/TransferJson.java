package org.aiip.tracker.api.internal;

import java.time.LocalDate;

import org.aiip.tracker.api.internal.AssessmentJson.ClauseRef;
import org.aiip.tracker.litigation.TransferView;

/** A member's patent transferred to a company outside the initiative (clause 4). */
record TransferJson(long id, String patent, String filing, MemberRefJson fromMember, String assignee,
        boolean assertionEntity, LocalDate transferredOn, String sourceUrl, String note, ClauseRef clause,
        String href) {

    static TransferJson of(TransferView t) {
        return new TransferJson(t.id(), t.patent(), ApiPaths.filing(t.filingId()), MemberRefJson.of(t.fromMember()),
                t.assignee(), t.assertionEntity(), t.transferredOn(), t.sourceUrl(), t.note(),
                new ClauseRef(TransferView.CLAUSE, ApiPaths.clause(TransferView.CLAUSE)), ApiPaths.transfer(t.id()));
    }

}
