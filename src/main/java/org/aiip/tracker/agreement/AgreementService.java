package org.aiip.tracker.agreement;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.aiip.tracker.agreement.internal.AgreementRepository;

/** Reads cooperation agreements. */
@Service
@Transactional(readOnly = true)
public class AgreementService {

    private final AgreementRepository agreements;

    AgreementService(AgreementRepository agreements) {
        this.agreements = agreements;
    }

    /** All agreements, newest first. */
    public List<CooperationAgreement> all() {
        return this.agreements.findAllByOrderBySignedOnDesc();
    }

    /** The agreements a member is party to, newest first. */
    public List<CooperationAgreement> forMember(Long memberId) {
        return this.agreements.findByParty(memberId);
    }

    public Optional<CooperationAgreement> byId(Long id) {
        return this.agreements.findById(id);
    }

}
