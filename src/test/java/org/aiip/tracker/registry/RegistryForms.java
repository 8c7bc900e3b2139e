package org.aiip.tracker.registry;

import java.time.LocalDate;
import java.util.List;

import org.aiip.tracker.licensing.LicenceOfferForm;
import org.aiip.tracker.licensing.LicenceTerms;
import org.aiip.tracker.litigation.CaseForm;
import org.aiip.tracker.litigation.CaseOutcome;
import org.aiip.tracker.litigation.ForumKind;
import org.aiip.tracker.litigation.PartySide;

/** Complete registry forms for tests that need records at known dates (the "as of" tests). */
public final class RegistryForms {

    private RegistryForms() {
    }

    /** A royalty-free offer of the member's whole portfolio from the given day, without an end. */
    public static LicenceOfferForm offer(long member, String title, LocalDate from) {
        LicenceOfferForm form = new LicenceOfferForm();
        form.setMemberId(member);
        form.setTitle(title);
        form.setTerms(LicenceTerms.ROYALTY_FREE);
        form.setLicensees("Anyone (test)");
        form.setOfferedFrom(from);
        form.setWholePortfolio(true);
        form.setLicenceUrl("https://example.org/as-of-test-licence");
        return form;
    }

    /**
     * A court case an outsider brought against the member: filed on 1 November 2019, decided on 1 March 2022,
     * the patent holder lost.
     */
    public static CaseForm caseAgainst(long respondent, String number, String title) {
        CaseForm form = new CaseForm();
        form.setCaseNumber(number);
        form.setTitle(title);
        form.setForum("Test court");
        form.setForumKind(ForumKind.COURT);
        form.setFiledOn(LocalDate.of(2019, 11, 1));
        form.setDecidedOn(LocalDate.of(2022, 3, 1));
        form.setOutcome(CaseOutcome.PATENT_HOLDER_LOST);
        form.setSourceUrl("https://example.org/as-of-test-case");
        CaseForm.PartyRow claimant = new CaseForm.PartyRow();
        claimant.setName(title + " claimant");
        CaseForm.PartyRow member = new CaseForm.PartyRow();
        member.setSide(PartySide.RESPONDENT);
        member.setMemberId(respondent);
        form.setParties(List.of(claimant, member));
        return form;
    }

}
