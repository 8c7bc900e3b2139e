package org.aiip.tracker.overview;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import org.aiip.tracker.filing.FilingStatistics.FilingLine;
import org.aiip.tracker.filing.LegalStatus;
import org.aiip.tracker.member.MemberCompany;

/**
 * One filing in a short list on an overview page: its number in display form, title, applicant
 * and when it last changed (in UTC).
 */
public record FilingRow(Long id, String number, String title, MemberCompany applicant, LocalDate filingDate,
        LegalStatus legalStatus, OffsetDateTime updatedAt) {

    static FilingRow of(FilingLine line, Map<Long, MemberCompany> members) {
        return new FilingRow(line.id(), line.number(), line.title(), members.get(line.applicantId()),
                line.filingDate(), line.legalStatus(), line.updatedAt().atOffset(ZoneOffset.UTC));
    }

}
