package org.aiip.tracker.filing;

import java.util.List;

import org.aiip.tracker.system.RuleViolation;

/** A filing that breaks one or more rules; nothing was saved. */
public class FilingRejectedException extends RuntimeException {

    private final List<RuleViolation> violations;

    private final Long duplicateOf;

    FilingRejectedException(List<RuleViolation> violations, Long duplicateOf) {
        super(violations.isEmpty() ? "rejected" : violations.get(0).defaultMessage());
        this.violations = List.copyOf(violations);
        this.duplicateOf = duplicateOf;
    }

    public List<RuleViolation> violations() {
        return this.violations;
    }

    /** The id of the existing filing with the same number, when the viewer may see it. */
    public Long duplicateOf() {
        return this.duplicateOf;
    }

}
