package org.aiip.tracker.system;

/** Someone else saved the record after the form was opened; nothing was overwritten. */
public class StaleRecordException extends RuntimeException {

    public StaleRecordException(String what) {
        super(what + " was changed by someone else");
    }

}
