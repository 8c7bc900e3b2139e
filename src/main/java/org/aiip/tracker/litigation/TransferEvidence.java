package org.aiip.tracker.litigation;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.aiip.tracker.clause.ClauseEvidence;
import org.aiip.tracker.filing.FilingMentions;
import org.aiip.tracker.filing.PatentFiling;

/** Recorded transfers as evidence on clause 4 for the member that gave the patent up, and on the filing's page. */
@Component
@Transactional(readOnly = true)
class TransferEvidence implements ClauseEvidence, FilingMentions {

    static final String KIND = "transfers.kind";

    private final TransferService transfers;

    TransferEvidence(TransferService transfers) {
        this.transfers = transfers;
    }

    @Override
    public Registry registry() {
        return new Registry(TransferView.CLAUSE, KIND, "/transfers");
    }

    @Override
    public List<Item> items() {
        return this.transfers.all()
            .stream()
            .map(t -> new Item(TransferView.CLAUSE, t.fromMember().getId(), KIND, label(t), t.transferredOn(),
                    "/transfers/" + t.id()))
            .toList();
    }

    @Override
    public List<Mention> of(PatentFiling filing) {
        return this.transfers.forFiling(filing.getId())
            .stream()
            .map(t -> new Mention(KIND, label(t), t.transferredOn(), "/transfers/" + t.id()))
            .toList();
    }

    private static String label(TransferView t) {
        return t.patent() + " → " + t.assignee();
    }

}
