package org.aiip.tracker.litigation.internal;

import org.springframework.stereotype.Component;

import org.aiip.tracker.registry.RecordEvidence;
import org.aiip.tracker.system.DataRevision;
import org.aiip.tracker.litigation.TransferService;
import org.aiip.tracker.litigation.TransferView;

/** Recorded transfers as evidence on clause 4 for the member that gave the patent up, and on the filing's page. */
@Component
class TransferEvidence extends RecordEvidence<TransferView> {

    TransferEvidence(TransferService transfers, DataRevision revision) {
        super(TransferView.CLAUSE, "transfers.kind", "/transfers", transfers::all,
                filing -> transfers.forFiling(filing.getId()), transfers::named,
                t -> new Entry(t.id(), t.fromMember().getId(), t.patent() + " → " + t.assignee(), t.transferredOn()),
                revision);
    }

}
