package org.aiip.tracker.membership;

/** What a membership event records. */
public enum MembershipKind {

    /** The company became a member (or is first known to be one). */
    JOINED,

    /** The company stopped being a member. */
    LEFT,

    /** The legal entity that signed (or signs from this date) for the company. */
    SIGNED_AS

}
