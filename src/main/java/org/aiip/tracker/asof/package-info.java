/**
 * "As of" views (issue 17): the dashboard, member, clause, filing and members pages as the record stood at
 * the end of a past day (UTC), rebuilt from the audit trail and from the effective dates of membership
 * events, clause texts and the clause registries' records; each says so in a banner and carries a
 * permanent link and a ready citation.
 */
@ApplicationModule(allowedDependencies = {"audit", "clause", "compliance", "filing", "licensing", "litigation",
        "member", "membership", "standards", "system"})
package org.aiip.tracker.asof;

import org.springframework.modulith.ApplicationModule;
