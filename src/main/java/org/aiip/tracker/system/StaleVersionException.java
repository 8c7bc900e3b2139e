package org.aiip.tracker.system;

/**
 * Someone else saved the record after the form (or the API client) read it; nothing was overwritten. Carries
 * what the writer needs to show the conflict: the record as it is stored now, or just its version.
 */
public class StaleVersionException extends RuntimeException {

    private final transient Object current;

    /**
     * @param what the record in words, for the log ("the filing")
     * @param current the record as it is stored now, its version, or {@code null} when there is none any more
     */
    public StaleVersionException(String what, Object current) {
        super(what + " was changed by someone else");
        this.current = current;
    }

    /** The record (or version) as it is stored now; {@code null} when there is none. */
    public <T> T current(Class<T> type) {
        return type.cast(this.current);
    }

}
