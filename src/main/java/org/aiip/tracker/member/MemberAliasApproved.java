package org.aiip.tracker.member;

/**
 * Published when a name becomes an approved alias of a member, in the transaction that approves it,
 * so that imports waiting for that name can go on.
 *
 * @param matchKey the alias's {@link CompanyName#key(String) key}
 * @param memberId the member it names
 */
public record MemberAliasApproved(String matchKey, Long memberId) {
}
