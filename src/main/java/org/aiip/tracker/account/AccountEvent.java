package org.aiip.tracker.account;

/**
 * Something happened to an account that the audit trail keeps: published inside the change's
 * transaction, so that the trail records it with the change (the security log has it too).
 *
 * @param accountId the account concerned
 * @param username its name
 * @param memberId the editor's company, or null for an admin
 * @param kind what happened
 * @param detail what it concerns, e.g. the role of a new account or the name of a token; may be null
 */
public record AccountEvent(Long accountId, String username, Long memberId, Kind kind, String detail) {

    /** What can happen to an account. */
    public enum Kind {
        CREATED, DISABLED, ENABLED, PASSWORD_RESET, PASSWORD_CHANGED, TOKEN_CREATED, TOKEN_REVOKED, TOKENS_REVOKED,
        SECOND_FACTOR_ON, SECOND_FACTOR_OFF
    }

    public static AccountEvent of(UserAccount account, Kind kind, String detail) {
        return new AccountEvent(account.getId(), account.getUsername(),
                account.getMember() == null ? null : account.getMember().getId(), kind, detail);
    }

}
