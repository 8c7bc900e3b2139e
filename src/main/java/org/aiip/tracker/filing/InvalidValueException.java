package org.aiip.tracker.filing;

import java.util.Objects;

import org.aiip.tracker.system.RuleViolation;

/**
 * A value typed or imported by someone is not valid. Besides the English message, it carries a
 * message {@link #code() code} and its {@link #arguments() arguments} so that a user interface
 * can show a translated message; every distinct error has its own code.
 */
public class InvalidValueException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final Object[] arguments;

    /**
     * @param code      message key, e.g. {@code applicationNumber.checkCharacter}
     * @param message   the complete English message, e.g. "the check character should be 7, not 3"
     * @param arguments the values inserted into the message, in the order a translation uses them
     */
    public InvalidValueException(String code, String message, Object... arguments) {
        super(message);
        this.code = Objects.requireNonNull(code, "code");
        this.arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    /** The message key for translation, e.g. {@code applicationNumber.checkCharacter}. */
    public String code() {
        return code;
    }

    /** The message arguments ({0}, {1}, ...); a copy, so the exception stays unchanged. */
    public Object[] arguments() {
        return arguments.clone();
    }

    /** This error as the broken rule of one field. */
    public RuleViolation violation(String field) {
        return new RuleViolation(field, this.code, arguments(), getMessage());
    }
}
