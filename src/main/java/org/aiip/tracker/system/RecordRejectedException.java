package org.aiip.tracker.system;

import java.util.List;

import org.springframework.validation.BindingResult;

/**
 * A record that breaks rules the form alone cannot check (an unknown patent number, another
 * company's filing, a date out of order); nothing was saved. Each broken rule names its form field,
 * so that the page shows the message beside it and keeps the input.
 */
public class RecordRejectedException extends RuntimeException {

    private final List<RuleViolation> violations;

    public RecordRejectedException(List<RuleViolation> violations) {
        super(violations.isEmpty() ? "rejected" : violations.get(0).defaultMessage());
        this.violations = List.copyOf(violations);
    }

    public List<RuleViolation> violations() {
        return this.violations;
    }

    /** Puts every broken rule beside its field of the form. */
    public void rejectInto(BindingResult result) {
        for (RuleViolation v : this.violations) {
            result.rejectValue(v.field(), v.code(), v.arguments(), v.defaultMessage());
        }
    }
}
