package org.aiip.tracker.member.internal;

/**
 * A change that breaks a rule only the database or the record can tell (an address already in
 * use, a withdrawal date before joining); nothing was saved.
 */
class MemberRejectedException extends RuntimeException {

    private final String field;

    private final String code;

    MemberRejectedException(String field, String code, String defaultMessage) {
        super(defaultMessage);
        this.field = field;
        this.code = code;
    }

    /** The form field the rule concerns. */
    public String field() {
        return this.field;
    }

    /** The message code, for the page's language. */
    public String code() {
        return this.code;
    }

}
