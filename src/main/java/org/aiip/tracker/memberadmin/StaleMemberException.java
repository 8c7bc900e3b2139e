package org.aiip.tracker.memberadmin;

import org.aiip.tracker.member.MemberCompany;

/** Someone else saved the member company after the form was opened; nothing was overwritten. */
public class StaleMemberException extends RuntimeException {

    private final transient MemberCompany current;

    StaleMemberException(MemberCompany current) {
        super("the member company was changed by someone else");
        this.current = current;
    }

    /** The company as it is stored now. */
    public MemberCompany current() {
        return this.current;
    }

}
