package org.aiip.tracker.system;

/**
 * One broken rule: the field it concerns, a message code with its arguments for the page's
 * language, and the English message for logs, CSV reports and the API. The one shape in which
 * every service reports what it refused.
 */
public record RuleViolation(String field, String code, Object[] arguments, String defaultMessage) {

    public static RuleViolation of(String field, String code, String defaultMessage, Object... arguments) {
        return new RuleViolation(field, code, arguments, defaultMessage);
    }

}
