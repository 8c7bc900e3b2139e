package org.aiip.tracker.member;

/**
 * The person behind the current request, as the member forms need to know them. The account module
 * implements it: accounts name member companies, so the member module declares what it needs instead of
 * depending on them.
 */
public interface CurrentEditor {

    /** Whether an admin is signed in (fully: a pending second factor does not count). */
    boolean isAdmin();

    /** Whether the person signed in may change the company's records: admins any, editors their own. */
    boolean mayEdit(Long memberId);

    /** The name written into the records the person proposes ("system" when nobody is signed in). */
    String name();

}
