package org.aiip.tracker.standards.internal;

import org.springframework.stereotype.Component;

import org.aiip.tracker.registry.RecordEvidence;
import org.aiip.tracker.system.DataRevision;
import org.aiip.tracker.standards.DeclarationService;
import org.aiip.tracker.standards.DeclarationView;

/** Standards declarations as evidence on clause 2, and on the pages of the filings they declare. */
@Component
class StandardsEvidence extends RecordEvidence<DeclarationView> {

    StandardsEvidence(DeclarationService declarations, DataRevision revision) {
        super(DeclarationView.CLAUSE, "standards.kind", "/standards", declarations::all,
                filing -> declarations.naming(filing.getId(), filing.getFamilyKey()), declarations::named,
                d -> new Entry(d.id(), d.member().getId(), d.standardsBody() + " · " + d.standard(), d.declaredOn()),
                revision);
    }

}
