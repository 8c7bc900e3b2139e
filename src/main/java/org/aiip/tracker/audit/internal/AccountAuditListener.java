package org.aiip.tracker.audit.internal;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.aiip.tracker.account.AccountEvent;
import org.aiip.tracker.account.SecondFactorReset;
import org.aiip.tracker.system.AuditAction;
import org.aiip.tracker.system.FieldChange;
import org.aiip.tracker.audit.AuditService;

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

    /** Runs in the change's transaction: accounts created, disabled, reset; tokens; the second factor. */
    @EventListener
    void accountChanged(AccountEvent event) {
        String detail = event.detail();
        switch (event.kind()) {
            case CREATED -> record(event, AuditAction.CREATE, new FieldChange("role", null, detail));
            case DISABLED -> record(event, AuditAction.UPDATE, new FieldChange("enabled", "true", "false"));
            case ENABLED -> record(event, AuditAction.UPDATE, new FieldChange("enabled", "false", "true"));
            case PASSWORD_RESET -> record(event, AuditAction.RESET, new FieldChange("password", null, "reset"));
            case PASSWORD_CHANGED -> record(event, AuditAction.UPDATE, new FieldChange("password", null, "changed"));
            case TOKEN_CREATED -> record(event, AuditAction.CREATE, new FieldChange("apiToken", null, detail));
            case TOKEN_REVOKED -> record(event, AuditAction.DELETE, new FieldChange("apiToken", detail, null));
            case TOKENS_REVOKED -> record(event, AuditAction.DELETE, new FieldChange("apiTokens", detail, "0"));
            case SECOND_FACTOR_ON -> record(event, AuditAction.UPDATE, new FieldChange("secondFactor", "off", "on"));
            case SECOND_FACTOR_OFF -> record(event, AuditAction.UPDATE, new FieldChange("secondFactor", "on", "off"));
        }
    }

    private void record(AccountEvent event, AuditAction action, FieldChange change) {
        this.audit.record(AUDIT_TYPE, event.accountId(), action, event.memberId(), event.username(), List.of(change));
    }

}
