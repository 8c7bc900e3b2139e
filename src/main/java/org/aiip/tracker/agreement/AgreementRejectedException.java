package org.aiip.tracker.agreement;

import java.util.List;

import org.aiip.tracker.system.RuleViolation;

/** An agreement that breaks rules the form alone cannot check; nothing was saved. */
public class AgreementRejectedException extends RuntimeException {

    private final List<RuleViolation> violations;

    AgreementRejectedException(List<RuleViolation> violations) {
        super(violations.isEmpty() ? "rejected" : violations.get(0).defaultMessage());
        this.violations = List.copyOf(violations);
    }

    public List<RuleViolation> violations() {
        return this.violations;
    }

}
