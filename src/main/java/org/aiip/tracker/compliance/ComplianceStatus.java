package org.aiip.tracker.compliance;

/** How far a member has come with a clause. */
public enum ComplianceStatus {

    NOT_STARTED, PLANNED, IN_PROGRESS, IMPLEMENTED

}
