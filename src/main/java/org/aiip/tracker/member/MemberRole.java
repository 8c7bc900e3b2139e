package org.aiip.tracker.member;

/** A member's role in the initiative. */
public enum MemberRole {

    LEAD, MEMBER

}
