package org.aiip.tracker.filing;

import java.util.List;

/**
 * What the detail page of a filing shows: the filing with applicant, co-applicants, area and IPC
 * classes loaded, the other filings of its family the viewer may see, and links to public registers.
 */
public record FilingDetail(PatentFiling filing, List<FilingListRow> family, List<PublicRegisterLinks.Link> registerLinks,
        List<Party> applicants, List<Party> owners) {

    /**
     * An applicant or owner as the filing's source names it, with the member company it belongs to
     * (null for a name outside the initiative).
     */
    public record Party(String name, org.aiip.tracker.member.MemberRef member) {
    }

    public FilingDetail(PatentFiling filing, List<FilingListRow> family, List<PublicRegisterLinks.Link> registerLinks) {
        this(filing, family, registerLinks, List.of(), List.of());
    }

    /**
     * Whether the filing changed hands: a current owner is neither among the applicants nor an entity of
     * an applicant member (a company outside the initiative, or another member).
     */
    public boolean transferred() {
        java.util.Set<String> applied = new java.util.HashSet<>();
        java.util.Set<Long> applyingMembers = new java.util.HashSet<>();
        this.applicants.forEach(p -> {
            applied.add(org.aiip.tracker.member.CompanyName.key(p.name()));
            if (p.member() != null) {
                applyingMembers.add(p.member().id());
            }
        });
        return this.owners.stream()
            .filter(p -> !applied.contains(org.aiip.tracker.member.CompanyName.key(p.name())))
            .anyMatch(p -> p.member() == null || !applyingMembers.contains(p.member().id()));
    }

    /** Whether the current owners are other entities of the applicant members (a rename or a move within the group). */
    public boolean ownedWithinMember() {
        java.util.Set<String> applied = new java.util.HashSet<>();
        this.applicants.forEach(p -> applied.add(org.aiip.tracker.member.CompanyName.key(p.name())));
        return !transferred() && this.owners.stream()
            .anyMatch(p -> !applied.contains(org.aiip.tracker.member.CompanyName.key(p.name())));
    }

    /** The public page where the record can be checked, if it is a web address. */
    public String sourceUrl() {
        String url = this.filing.getSourceUrl();
        return url != null && (url.startsWith("https://") || url.startsWith("http://")) ? url : null;
    }

    /** The host of the source page, to name the link ("patents.google.com"). */
    public String sourceHost() {
        String url = sourceUrl();
        if (url == null) {
            return null;
        }
        try {
            return java.net.URI.create(url).getHost();
        }
        catch (IllegalArgumentException ex) {
            return url;
        }
    }

    /** The application number as the office prints it, or the publication number while it is not known. */
    public String displayNumber() {
        return this.filing.getApplicationNumber() == null ? this.filing.getPublicationNumber()
                : FilingListRow.displayNumber(this.filing.getOffice(), this.filing.getApplicationNumber());
    }

}
