package org.aiip.tracker.filing;

/**
 * One broken rule: the field it concerns, a message code with its arguments for the page's
 * language, and the English message for logs, CSV reports and the API.
 */
public record RuleViolation(String field, String code, Object[] arguments, String defaultMessage) {

    static RuleViolation of(String field, String code, String defaultMessage, Object... arguments) {
        return new RuleViolation(field, code, arguments, defaultMessage);
    }

    static RuleViolation of(String field, InvalidValueException ex) {
        return new RuleViolation(field, ex.code(), ex.arguments(), ex.getMessage());
    }

}
