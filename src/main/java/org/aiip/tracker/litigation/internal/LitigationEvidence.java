package org.aiip.tracker.litigation.internal;

import java.util.Objects;

import org.springframework.stereotype.Component;

import org.aiip.tracker.registry.RecordEvidence;
import org.aiip.tracker.system.DataRevision;
import org.aiip.tracker.litigation.CaseService;
import org.aiip.tracker.litigation.CaseView;

/** Cases as evidence on clause 4, once for each member party, and on the pages of the filings involved. */
@Component
class LitigationEvidence extends RecordEvidence<CaseView> {

    LitigationEvidence(CaseService cases, DataRevision revision) {
        super(CaseView.CLAUSE, "litigation.kind", "/litigation", cases::all, filing -> cases.naming(filing.getId()),
                cases::named, LitigationEvidence::entry, revision);
    }

    private static Entry entry(CaseView c) {
        return new Entry(c.id(), c.parties().stream().map(CaseView.Party::member).filter(Objects::nonNull)
            .map(m -> m.getId()).toList(), c.caseNumber() + " · " + c.title(), c.filedOn());
    }

}
