package org.aiip.tracker.filing;

/**
 * Which unpublished filings a viewer may see. The public sees published filings only; an editor
 * also sees the unpublished filings of their own company; an admin sees everything. Every query
 * that returns filings, their numbers, titles or counts broken down by them takes one of these.
 *
 * @param everything whether the viewer may see every unpublished filing (admins)
 * @param memberId the company whose unpublished filings the viewer may see, or {@code null}
 */
public record FilingVisibility(boolean everything, Long memberId) {

    /** Anonymous visitors: published filings only. */
    public static final FilingVisibility PUBLIC = new FilingVisibility(false, null);

    public static final FilingVisibility ALL = new FilingVisibility(true, null);

    public static FilingVisibility ofMember(Long memberId) {
        return new FilingVisibility(false, memberId);
    }

    public boolean canSee(PatentFiling filing) {
        return filing.isPublished() || this.everything
                || (this.memberId != null && this.memberId.equals(filing.getApplicant().getId()));
    }

}
