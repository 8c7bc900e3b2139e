package org.aiip.tracker.licensing.internal;

import org.springframework.stereotype.Component;

import org.aiip.tracker.registry.RecordEvidence;
import org.aiip.tracker.system.DataRevision;
import org.aiip.tracker.licensing.LicenceOfferService;
import org.aiip.tracker.licensing.OfferView;

/** Licence offers as evidence on clause 3, and on the pages of the filings they cover. */
@Component
class LicenceEvidence extends RecordEvidence<OfferView> {

    LicenceEvidence(LicenceOfferService offers, DataRevision revision) {
        super(OfferView.CLAUSE, "licences.kind", "/licences", offers::all,
                filing -> offers.naming(filing.getId(), filing.getFamilyKey()), offers::named,
                o -> new Entry(o.id(), o.member().getId(), o.title(), o.offeredFrom()), revision);
    }

}
