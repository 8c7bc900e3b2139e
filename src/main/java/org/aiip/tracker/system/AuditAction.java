package org.aiip.tracker.system;

/** What was done to a record. */
public enum AuditAction {

    CREATE, UPDATE, WITHDRAW, REVIEW, IMPORT, DELETE,

    /** An admin reset someone's account (their second factor). */
    RESET

}
