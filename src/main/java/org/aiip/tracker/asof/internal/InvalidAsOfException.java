package org.aiip.tracker.asof.internal;

/** An {@code asOf} parameter that is not a usable day; the page says why (400, never a 500). */
class InvalidAsOfException extends RuntimeException {

    /** Why the value cannot be used. */
    public enum Reason {

        FORMAT, FUTURE, TOO_EARLY

    }

    private final String value;

    private final Reason reason;

    public InvalidAsOfException(String value, Reason reason) {
        super("asOf " + reason + ": " + value);
        this.value = value;
        this.reason = reason;
    }

    public String getValue() {
        return this.value;
    }

    public Reason getReason() {
        return this.reason;
    }

}
