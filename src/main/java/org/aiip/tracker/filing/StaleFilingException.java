package org.aiip.tracker.filing;

/** Someone else saved the filing after the form was opened; nothing was overwritten. */
public class StaleFilingException extends RuntimeException {

    private final transient PatentFiling current;

    StaleFilingException(PatentFiling current) {
        super("the filing was changed by someone else");
        this.current = current;
    }

    /** The filing as it is stored now. */
    public PatentFiling current() {
        return this.current;
    }

}
