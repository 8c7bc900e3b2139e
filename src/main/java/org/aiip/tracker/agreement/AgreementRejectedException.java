package org.aiip.tracker.agreement;

import java.util.List;

/** An agreement that breaks rules the form alone cannot check; nothing was saved. */
public class AgreementRejectedException extends RuntimeException {

    private final List<Violation> violations;

    AgreementRejectedException(List<Violation> violations) {
        super(violations.isEmpty() ? "rejected" : violations.get(0).defaultMessage());
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return this.violations;
    }

    /** One broken rule: the form field, a message code with its arguments, and the English message. */
    public record Violation(String field, String code, Object[] arguments, String defaultMessage) {
    }

}
