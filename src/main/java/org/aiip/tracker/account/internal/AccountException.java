package org.aiip.tracker.account.internal;

/** A refused account change, with the form field it concerns and the message code to show. */
public class AccountException extends RuntimeException {

    private final String field;

    private final String code;

    private final Object[] arguments;

    public AccountException(String field, String code, Object... arguments) {
        super(code);
        this.field = field;
        this.code = code;
        this.arguments = arguments;
    }

    public String field() {
        return this.field;
    }

    public String code() {
        return this.code;
    }

    /** The message's arguments, such as the time a lock-out ends. */
    public Object[] arguments() {
        return this.arguments.clone();
    }

}
