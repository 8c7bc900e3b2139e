package org.aiip.tracker.api.internal;

import java.util.List;

import org.aiip.tracker.agreement.AgreementService;
import org.aiip.tracker.agreement.CooperationAgreement;
import org.aiip.tracker.api.internal.InvalidParametersException.InvalidParameter;
import org.aiip.tracker.member.MemberCompany;
import org.aiip.tracker.member.MemberService;
import org.aiip.tracker.system.NotFoundException;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Agreements with their parties and clauses, read and turned into JSON records in one transaction. */
@Component
@Transactional(readOnly = true)
class AgreementReads {

    private final AgreementService agreements;

    private final MemberService members;

    AgreementReads(AgreementService agreements, MemberService members) {
        this.agreements = agreements;
        this.members = members;
    }

    /** All agreements, or those the member is party to ({@code memberSlug} not null), newest first. */
    List<AgreementJson> list(String memberSlug) {
        List<CooperationAgreement> found = (memberSlug == null) ? this.agreements.all()
                : this.agreements.forMember(member(memberSlug).getId());
        return found.stream().map(AgreementJson::of).toList();
    }

    /** One agreement; any other id, a number or not, is not found. */
    AgreementJson detail(String id) {
        if (!id.matches("\\d{1,18}")) {
            throw new NotFoundException("Agreement " + id);
        }
        return this.agreements.byId(Long.parseLong(id))
            .map(AgreementJson::of)
            .orElseThrow(() -> new NotFoundException("Agreement " + id));
    }

    private MemberCompany member(String slug) {
        return this.members.bySlug(slug)
            .orElseThrow(() -> new InvalidParametersException(new InvalidParameter("member", "api.invalid.member")));
    }

}
