package org.aiip.tracker.clause;

/** Someone else saved this language version after the form was opened; nothing was overwritten. */
public class StaleClauseTextException extends RuntimeException {

    private final transient ClauseText current;

    StaleClauseTextException(ClauseText current) {
        super("the clause text was changed by someone else");
        this.current = current;
    }

    /** The version as it is stored now. */
    public ClauseText current() {
        return this.current;
    }

}
