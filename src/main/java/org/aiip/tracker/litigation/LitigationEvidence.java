package org.aiip.tracker.litigation;

import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.aiip.tracker.clause.ClauseEvidence;
import org.aiip.tracker.filing.FilingMentions;
import org.aiip.tracker.filing.PatentFiling;

/** Cases as evidence on clause 4, once for each member party, and on the pages of the filings involved. */
@Component
@Transactional(readOnly = true)
class LitigationEvidence implements ClauseEvidence, FilingMentions {

    static final String KIND = "litigation.kind";

    private final CaseService cases;

    LitigationEvidence(CaseService cases) {
        this.cases = cases;
    }

    @Override
    public Registry registry() {
        return new Registry(CaseView.CLAUSE, KIND, "/litigation");
    }

    @Override
    public List<Item> items() {
        return this.cases.all()
            .stream()
            .flatMap(c -> c.parties().stream()
                .map(CaseView.Party::member)
                .filter(Objects::nonNull)
                .distinct()
                .map(m -> new Item(CaseView.CLAUSE, m.getId(), KIND, label(c), c.filedOn(), "/litigation/" + c.id())))
            .toList();
    }

    @Override
    public List<Mention> of(PatentFiling filing) {
        return this.cases.naming(filing.getId())
            .stream()
            .map(c -> new Mention(KIND, label(c), c.filedOn(), "/litigation/" + c.id()))
            .toList();
    }

    private static String label(CaseView c) {
        return c.caseNumber() + " · " + c.title();
    }

}
