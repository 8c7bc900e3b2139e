/**
 * What the public registries (licence offers, standards declarations, court cases, patent transfers) share,
 * written once: the source-and-keeping block of their records, the patent and family boxes of their forms,
 * their evidence on clauses and filing pages, and the member choices of their forms.
 */
@ApplicationModule(allowedDependencies = {"account", "clause", "filing", "member", "system"})
package org.aiip.tracker.registry;

import org.springframework.modulith.ApplicationModule;
