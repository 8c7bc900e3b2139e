package org.aiip.tracker.standards;

import java.time.LocalDate;
import java.util.List;

import org.aiip.tracker.member.MemberCompany;
import org.aiip.tracker.registry.FilingLine;

/** A declaration as the pages, the CSV and the API show it; {@code filings} only those the viewer may see. */
public record DeclarationView(long id, MemberCompany member, String standardsBody, String standard,
        LocalDate declaredOn, Commitment commitment, String commitmentNote, String sourceUrl, String note,
        List<FilingLine> filings, List<String> families) {

    /** The clause a declaration evidences. */
    public static final int CLAUSE = 2;

}
