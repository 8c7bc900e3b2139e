package org.aiip.tracker.filing;

import java.util.List;

/**
 * What the detail page of a filing shows: the filing with applicant, co-applicants, area and IPC
 * classes loaded, the other filings of its family the viewer may see, and links to public registers.
 */
public record FilingDetail(PatentFiling filing, List<FilingListRow> family, List<PublicRegisterLinks.Link> registerLinks) {

    /** The application number as the office prints it. */
    public String displayNumber() {
        return FilingListRow.displayNumber(this.filing.getOffice(), this.filing.getApplicationNumber());
    }

}
