package org.aiip.tracker.account;

/**
 * An admin turned off another person's second factor (for a lost authenticator): published inside
 * the change's transaction, so that the audit trail records it with the change.
 *
 * @param accountId the account whose factor was reset
 * @param username its name
 * @param memberId the editor's company, or null for an admin
 */
public record SecondFactorReset(Long accountId, String username, Long memberId) {
}
