package org.aiip.tracker.account;

/** What an account may do: admins everything, editors their own company's data. */
public enum Role {

    ADMIN, EDITOR;

    /** The Spring Security authority of this role, e.g. {@code ROLE_ADMIN}. */
    public String authority() {
        return "ROLE_" + name();
    }

}
