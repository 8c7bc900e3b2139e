package org.aiip.tracker.registry;

import java.util.List;

import org.springframework.stereotype.Component;

import org.aiip.tracker.account.CurrentUser;
import org.aiip.tracker.filing.FilingReferences;
import org.aiip.tracker.filing.PatentFiling;
import org.aiip.tracker.member.MemberCompany;
import org.aiip.tracker.member.MemberService;
import org.aiip.tracker.system.RuleViolation;

/**
 * The checks a member's registry record (a licence offer, a standards declaration) makes of its member and of
 * the patents and families it names: the member must be one the person signed in may record for, and the
 * patents and families that member's published filings. Broken rules are added to the caller's list, in the
 * order of the form. Called inside the saving service's transaction.
 */
@Component
public class MemberPatents {

    private final MemberService members;

    private final FilingReferences references;

    MemberPatents(MemberService members, FilingReferences references) {
        this.members = members;
        this.references = references;
    }

    /** The member chosen on the form, or {@code null} with a broken rule when it is unknown or not one's own. */
    public MemberCompany member(Long memberId, List<RuleViolation> violations) {
        MemberCompany member = memberId == null ? null : this.members.byId(memberId).orElse(null);
        if (member == null || !CurrentUser.mayEdit(member.getId())) {
            violations.add(RuleViolation.of("memberId", "registries.member.notYours",
                    "choose your own company from the list"));
        }
        return member;
    }

    /**
     * The member's filings the numbers name (field {@code patents}); every number or family that is not the
     * member's published filing a broken rule. Without a member nothing is checked.
     */
    public List<PatentFiling> filings(MemberCompany member, List<String> numbers, List<String> families,
            List<RuleViolation> violations) {
        if (member == null) {
            return List.of();
        }
        FilingReferences.Resolved resolved = this.references.resolve(numbers, member.getId(), "patents");
        violations.addAll(resolved.violations());
        violations.addAll(this.references.unknownFamilies(families, member.getId()));
        return resolved.filings();
    }

}
