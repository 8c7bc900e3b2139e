package org.aiip.tracker.standards;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.aiip.tracker.clause.ClauseEvidence;
import org.aiip.tracker.filing.FilingMentions;
import org.aiip.tracker.filing.PatentFiling;

/** Standards declarations as evidence on clause 2, and on the pages of the filings they declare. */
@Component
@Transactional(readOnly = true)
class StandardsEvidence implements ClauseEvidence, FilingMentions {

    static final String KIND = "standards.kind";

    private final DeclarationService declarations;

    StandardsEvidence(DeclarationService declarations) {
        this.declarations = declarations;
    }

    @Override
    public Registry registry() {
        return new Registry(DeclarationView.CLAUSE, KIND, "/standards");
    }

    @Override
    public List<Item> items() {
        return this.declarations.all()
            .stream()
            .map(d -> new Item(DeclarationView.CLAUSE, d.member().getId(), KIND, label(d), d.declaredOn(),
                    "/standards/" + d.id()))
            .toList();
    }

    @Override
    public List<Mention> of(PatentFiling filing) {
        return this.declarations.naming(filing.getId(), filing.getFamilyKey())
            .stream()
            .map(d -> new Mention(KIND, label(d), d.declaredOn(), "/standards/" + d.id()))
            .toList();
    }

    private static String label(DeclarationView d) {
        return d.standardsBody() + " · " + d.standard();
    }

}
