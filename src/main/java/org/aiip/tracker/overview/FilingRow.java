package org.aiip.tracker.overview;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.aiip.tracker.audit.AuditEntry;
import org.aiip.tracker.filing.FilingStatistics.FilingLine;
import org.aiip.tracker.filing.LegalStatus;
import org.aiip.tracker.filing.PatentOffice;
import org.aiip.tracker.member.MemberCompany;
import org.aiip.tracker.member.MemberRef;
import org.aiip.tracker.system.AuditAction;
import org.aiip.tracker.system.FieldChange;

/**
 * One filing in a short list on an overview page: its number in display form with its office (so that an
 * EP number is not read as a broken CN one), title, applicant, when it last changed (in UTC) and, where the
 * audit trail knows it, what that change was.
 */
public record FilingRow(Long id, PatentOffice office, String number, String title, MemberRef applicant,
        LocalDate filingDate, LegalStatus legalStatus, OffsetDateTime updatedAt, Change change) {

    static FilingRow of(FilingLine line, Map<Long, MemberCompany> members) {
        return of(line, members, null);
    }

    static FilingRow of(FilingLine line, Map<Long, MemberCompany> members, AuditEntry last) {
        MemberCompany applicant = members.get(line.applicantId());
        return new FilingRow(line.id(), line.office(), line.number(), line.title(),
                applicant == null ? null : MemberRef.of(applicant),
                line.filingDate(), line.legalStatus(), line.updatedAt().atOffset(ZoneOffset.UTC),
                last == null ? null : Change.of(last));
    }

    /**
     * The latest recorded change of a filing.
     *
     * @param fields the names of the fields that changed (message keys {@code audit.field.*}), at most four
     * @param imported whether an import made it (its summary names the import)
     */
    public record Change(AuditAction action, List<String> fields, String username, boolean imported) {

        static Change of(AuditEntry entry) {
            List<String> fields = entry.getAction() == AuditAction.UPDATE
                    ? entry.getChanges().stream().map(FieldChange::field).limit(4).toList() : List.of();
            String summary = entry.getSummary();
            return new Change(entry.getAction(), fields, entry.getUsername(),
                    summary != null && summary.startsWith("import #"));
        }

    }

}
