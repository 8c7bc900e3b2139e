package org.aiip.tracker.filing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.aiip.tracker.system.RuleViolation;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds filings that other records name (a licence offer, a court case, a transfer, a standards
 * declaration) by the number a person types: an application number with its office in front
 * ({@code CN 201710601862.3}, read as {@link NumberReading} reads it) or a publication or grant
 * number ({@code CN109000000A}). Whether the person may name the filing is the caller's rule.
 */
@Service
@Transactional(readOnly = true)
public class FilingReferences {

    private final EntityManager em;

    FilingReferences(EntityManager em) {
        this.em = em;
    }

    /** The filing the text names, if the tracker has it. */
    public Optional<PatentFiling> byNumber(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Optional<PatentFiling> byApplication = application(text).flatMap(this::byApplication);
        if (byApplication.isPresent()) {
            return byApplication;
        }
        return PublicationNumber.tryParse(text).flatMap(p -> first(this.em.createQuery(
                "select f from PatentFiling f join fetch f.applicant where f.publicationSerial = :s or f.grantSerial = :s"
                        + " order by f.id",
                PatentFiling.class).setParameter("s", p.serial()).setMaxResults(1).getResultList()));
    }

    /**
     * The filings the typed numbers name, for a public record: each must be a filing the tracker has,
     * published (a public record never names a confidential filing), and, when {@code memberId} is
     * given, one the member applied for. Each number that fails is a violation of the form field.
     */
    public Resolved resolve(List<String> numbers, Long memberId, String field) {
        Set<PatentFiling> found = new LinkedHashSet<>();
        List<RuleViolation> violations = new ArrayList<>();
        for (String number : numbers) {
            Optional<PatentFiling> filing = byNumber(number);
            if (filing.isEmpty()) {
                violations.add(RuleViolation.of(field, "references.patent.unknown",
                        number + " is not a filing the tracker has", number));
            }
            else if (!filing.get().isPublished()) {
                violations.add(RuleViolation.of(field, "references.patent.unpublished",
                        number + " is not published: a public record cannot name it", number));
            }
            else if (memberId != null && !isOfMember(filing.get(), memberId)) {
                violations.add(RuleViolation.of(field, "references.patent.notOfMember",
                        number + " is not a filing of this member", number));
            }
            else {
                found.add(filing.get());
            }
        }
        return new Resolved(List.copyOf(found), List.copyOf(violations));
    }

    /** The filings found and the numbers that failed. */
    public record Resolved(List<PatentFiling> filings, List<RuleViolation> violations) {
    }

    /**
     * Published filings whose current owners, as their source names them, include a company outside the
     * initiative that did not apply for them: the changes of hands the filing data shows (see
     * {@link FilingDetail#transferred()}), oldest filing first, at most {@code limit}.
     */
    public List<OwnerChange> ownedOutside(int limit) {
        List<PatentFiling> found = this.em.createQuery("select distinct f from PatentFiling f join fetch f.applicant"
                + " join f.parties p where p.role = :owner and p.memberId is null and f.published = true order by f.id",
                PatentFiling.class).setParameter("owner", FilingParty.Role.OWNER).setMaxResults(limit).getResultList();
        List<OwnerChange> changes = new ArrayList<>();
        for (PatentFiling filing : found) {
            Set<String> applied = new java.util.HashSet<>();
            filing.getParties().stream().filter(p -> p.getRole() == FilingParty.Role.APPLICANT)
                .forEach(p -> applied.add(org.aiip.tracker.member.CompanyName.key(p.getName())));
            List<String> outside = filing.getParties().stream()
                .filter(p -> p.getRole() == FilingParty.Role.OWNER && p.getMemberId() == null)
                .map(FilingParty::getName)
                .filter(name -> !applied.contains(org.aiip.tracker.member.CompanyName.key(name)))
                .toList();
            if (!outside.isEmpty()) {
                changes.add(new OwnerChange(filing.getId(), reference(filing), filing.getTitle(), filing.getApplicant(),
                        outside, filing.getSourceUrl()));
            }
        }
        return changes;
    }

    /** A filing whose source names owners outside the initiative, and those owners. */
    public record OwnerChange(long filingId, String reference, String title,
            org.aiip.tracker.member.MemberCompany applicant, List<String> outsideOwners, String sourceUrl) {
    }

    /**
     * One broken rule, on the {@code families} field, for each family key that no published filing of the
     * member carries.
     */
    public List<RuleViolation> unknownFamilies(List<String> familyKeys, long memberId) {
        List<RuleViolation> violations = new ArrayList<>();
        for (String key : familyKeys) {
            if (!publishedFamilyOf(key, memberId)) {
                violations.add(RuleViolation.of("families", "registries.family.unknown",
                        key + " is not the family of a published filing of this member", key));
            }
        }
        return violations;
    }

    /** Whether a published filing of the member (as applicant or co-applicant) carries the family key. */
    public boolean publishedFamilyOf(String familyKey, long memberId) {
        return !this.em.createQuery("""
                select f.id from PatentFiling f left join f.coApplicants c
                where f.familyKey = :key and f.published = true and (f.applicant.id = :member or c.id = :member)""",
                Long.class).setParameter("key", familyKey).setParameter("member", memberId).setMaxResults(1)
            .getResultList().isEmpty();
    }

    /** The text that names the filing again in a form: office and application number, else its publication. */
    public static String reference(PatentFiling filing) {
        return filing.getApplicationNumber() != null
                ? filing.getOffice().name() + " " + FilingListRow.displayNumber(filing.getOffice(),
                        filing.getApplicationNumber())
                : filing.getPublicationNumber();
    }

    /** Whether the member applied for the filing, alone or with others. */
    public static boolean isOfMember(PatentFiling filing, long memberId) {
        return filing.getApplicant().getId() == memberId
                || filing.getCoApplicants().stream().anyMatch(m -> m.getId() == memberId);
    }

    private Optional<PatentFiling> byApplication(ApplicationNumber number) {
        return first(this.em.createQuery("select f from PatentFiling f join fetch f.applicant"
                + " where f.office = :office and f.applicationNumber = :number", PatentFiling.class)
            .setParameter("office", number.office())
            .setParameter("number", number.normalised())
            .getResultList());
    }

    private static Optional<ApplicationNumber> application(String text) {
        try {
            return Optional.of(NumberReading.read(null, text).number());
        }
        catch (IllegalArgumentException ex) {
            return Optional.empty();
        }
    }

    private static Optional<PatentFiling> first(List<PatentFiling> found) {
        return found.stream().findFirst();
    }

}
