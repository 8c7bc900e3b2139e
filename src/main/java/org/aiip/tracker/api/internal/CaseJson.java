package org.aiip.tracker.api.internal;

import java.time.LocalDate;
import java.util.List;

import org.aiip.tracker.api.internal.AssessmentJson.ClauseRef;
import org.aiip.tracker.litigation.CaseOutcome;
import org.aiip.tracker.litigation.CaseView;
import org.aiip.tracker.litigation.ForumKind;
import org.aiip.tracker.litigation.PartySide;

/**
 * A patent case in which a member is a party (clause 4).
 *
 * @param parties members (with {@code member}) and outsiders (with {@code name}); {@code assertionEntity}
 * marks a patent-assertion entity
 * @param patents the patents involved; {@code filing} is the API address where the tracker has the filing
 */
record CaseJson(long id, String caseNumber, String title, String forum, ForumKind forumKind, LocalDate filedOn,
        LocalDate decidedOn, CaseOutcome outcome, String outcomeNote, List<PartyJson> parties,
        List<PatentJson> patents, String sourceUrl, String note, ClauseRef clause, String href) {

    static CaseJson of(CaseView c) {
        return new CaseJson(c.id(), c.caseNumber(), c.title(), c.forum(), c.forumKind(), c.filedOn(), c.decidedOn(),
                c.outcome(), c.outcomeNote(),
                c.parties().stream().map(p -> new PartyJson(p.side(), p.member() == null ? null : MemberRefJson.of(p.member()),
                        p.name(), p.assertionEntity())).toList(),
                c.patents().stream().map(p -> new PatentJson(p.number(),
                        p.filingId() == null ? null : ApiPaths.filing(p.filingId()))).toList(),
                c.sourceUrl(), c.note(), new ClauseRef(CaseView.CLAUSE, ApiPaths.clause(CaseView.CLAUSE)),
                ApiPaths.litigationCase(c.id()));
    }

    record PartyJson(PartySide side, MemberRefJson member, String name, boolean assertionEntity) {
    }

    record PatentJson(String number, String filing) {
    }

}
