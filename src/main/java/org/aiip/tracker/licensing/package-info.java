/** Clause 3, open patent licensing: the licence offers of members, their terms, and snapshots of the licence texts. */
@ApplicationModule(allowedDependencies = {"account", "clause", "filing", "member", "registry", "system"})
package org.aiip.tracker.licensing;

import org.springframework.modulith.ApplicationModule;
