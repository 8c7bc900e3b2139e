package org.aiip.tracker.api.internal;

import java.time.LocalDate;
import java.util.List;

import org.aiip.tracker.api.internal.AssessmentJson.ClauseRef;
import org.aiip.tracker.api.internal.LicenceJson.FilingRef;
import org.aiip.tracker.standards.Commitment;
import org.aiip.tracker.standards.DeclarationView;

/** A member's declaration of patents to a standards body (clause 2). */
record DeclarationJson(long id, MemberRefJson member, String standardsBody, String standard, LocalDate declaredOn,
        Commitment commitment, String commitmentNote, List<FilingRef> filings, List<String> families,
        String sourceUrl, String note, ClauseRef clause, String href) {

    static DeclarationJson of(DeclarationView d) {
        return new DeclarationJson(d.id(), MemberRefJson.of(d.member()), d.standardsBody(), d.standard(), d.declaredOn(),
                d.commitment(), d.commitmentNote(),
                d.filings().stream().map(f -> new FilingRef(f.id(), f.number(), f.title(), ApiPaths.filing(f.id())))
                    .toList(),
                d.families(), d.sourceUrl(), d.note(),
                new ClauseRef(DeclarationView.CLAUSE, ApiPaths.clause(DeclarationView.CLAUSE)),
                ApiPaths.declaration(d.id()));
    }

}
