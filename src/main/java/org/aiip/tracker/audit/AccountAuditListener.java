package org.aiip.tracker.audit;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.aiip.tracker.account.SecondFactorReset;
import org.aiip.tracker.system.AuditAction;
import org.aiip.tracker.system.FieldChange;

/** Records in the audit trail the account changes that the accounts module announces. */
@Component
class AccountAuditListener {

    static final String AUDIT_TYPE = "account";

    private final AuditService audit;

    AccountAuditListener(AuditService audit) {
        this.audit = audit;
    }

    /** Runs in the reset's transaction: no reset without its entry, no entry without the reset. */
    @EventListener
    void secondFactorReset(SecondFactorReset event) {
        this.audit.record(AUDIT_TYPE, event.accountId(), AuditAction.RESET, event.memberId(), event.username(),
                List.of(new FieldChange("secondFactor", null, "off")));
    }

}
