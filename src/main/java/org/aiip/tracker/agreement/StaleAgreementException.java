package org.aiip.tracker.agreement;

/** Someone else saved the agreement after the form was opened; nothing was overwritten. */
public class StaleAgreementException extends RuntimeException {

    private final transient CooperationAgreement current;

    StaleAgreementException(CooperationAgreement current) {
        super("the agreement was changed by someone else");
        this.current = current;
    }

    /** The agreement as it is stored now. */
    public CooperationAgreement current() {
        return this.current;
    }

}
