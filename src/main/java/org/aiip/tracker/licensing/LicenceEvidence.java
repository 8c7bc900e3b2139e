package org.aiip.tracker.licensing;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.aiip.tracker.clause.ClauseEvidence;
import org.aiip.tracker.filing.FilingMentions;
import org.aiip.tracker.filing.PatentFiling;

/** Licence offers as evidence on clause 3, and on the pages of the filings they cover. */
@Component
@Transactional(readOnly = true)
class LicenceEvidence implements ClauseEvidence, FilingMentions {

    static final String KIND = "licences.kind";

    private final LicenceOfferService offers;

    LicenceEvidence(LicenceOfferService offers) {
        this.offers = offers;
    }

    @Override
    public Registry registry() {
        return new Registry(OfferView.CLAUSE, KIND, "/licences");
    }

    @Override
    public List<Item> items() {
        return this.offers.all()
            .stream()
            .map(o -> new Item(OfferView.CLAUSE, o.member().getId(), KIND, o.title(), o.offeredFrom(),
                    "/licences/" + o.id()))
            .toList();
    }

    @Override
    public List<Mention> of(PatentFiling filing) {
        return this.offers.naming(filing.getId(), filing.getFamilyKey())
            .stream()
            .map(o -> new Mention(KIND, o.title(), o.offeredFrom(), "/licences/" + o.id()))
            .toList();
    }

}
