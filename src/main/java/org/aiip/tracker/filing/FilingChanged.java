package org.aiip.tracker.filing;

import java.util.List;

import org.aiip.tracker.system.AuditAction;
import org.aiip.tracker.system.FieldChange;
import org.aiip.tracker.system.RecordChanged;

/**
 * A filing was created, changed or withdrawn through the form or the API, announced inside the write's
 * transaction: the audit trail records it, {@link FilingCounts} moves it between its counting keys, and
 * the page-cache revision moves on after the commit.
 */
public final class FilingChanged implements RecordChanged {

    private final Long filingId;

    private final Long applicantId;

    private final String number;

    private final AuditAction action;

    private final List<FieldChange> changes;

    private final FilingCounts.Key countedBefore;

    private final FilingCounts.Key countedAfter;

    FilingChanged(PatentFiling filing, AuditAction action, List<FieldChange> changes, FilingCounts.Key countedBefore) {
        this.filingId = filing.getId();
        this.applicantId = filing.getApplicant().getId();
        this.number = filing.getDisplayNumber();
        this.action = action;
        this.changes = List.copyOf(changes);
        this.countedBefore = countedBefore;
        this.countedAfter = FilingCounts.keyOf(filing);
    }

    @Override
    public String recordType() {
        return FilingEditService.AUDIT_TYPE;
    }

    @Override
    public Long recordId() {
        return this.filingId;
    }

    @Override
    public AuditAction action() {
        return this.action;
    }

    @Override
    public Long memberId() {
        return this.applicantId;
    }

    @Override
    public String summary() {
        return this.number;
    }

    @Override
    public List<FieldChange> changes() {
        return this.changes;
    }

    /** A save that changed no field is counted (nothing moves) but not audited. */
    @Override
    public boolean recordable() {
        return this.action == AuditAction.CREATE || !this.changes.isEmpty();
    }

    /** Where the filing was counted before the change ({@code null}: it is new). */
    FilingCounts.Key countedBefore() {
        return this.countedBefore;
    }

    FilingCounts.Key countedAfter() {
        return this.countedAfter;
    }

}
