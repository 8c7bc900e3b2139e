package org.aiip.tracker.member;

/** Whether a company is still a member of the initiative. */
public enum MemberStatus {

    ACTIVE, WITHDRAWN

}
