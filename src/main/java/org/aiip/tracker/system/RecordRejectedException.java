package org.aiip.tracker.system;

import java.util.List;

import org.springframework.validation.BindingResult;

/**
 * A record that breaks rules the form alone cannot check (an unknown patent number, another
 * company's filing, a date out of order); nothing was saved. Each broken rule names its form field,
 * so that the page shows the message beside it and keeps the input.
 */
public class RecordRejectedException extends RuntimeException {

    private final List<Violation> violations;

    public RecordRejectedException(List<Violation> violations) {
        super(violations.isEmpty() ? "rejected" : violations.get(0).defaultMessage());
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return this.violations;
    }

    /** Puts every broken rule beside its field of the form. */
    public void rejectInto(BindingResult result) {
        for (Violation v : this.violations) {
            result.rejectValue(v.field(), v.code(), v.arguments(), v.defaultMessage());
        }
    }

    /** One broken rule: the form field, a message code with its arguments, and the English message. */
    public record Violation(String field, String code, Object[] arguments, String defaultMessage) {

        public static Violation of(String field, String code, String defaultMessage, Object... arguments) {
            return new Violation(field, code, arguments, defaultMessage);
        }

    }

}
