/** Clause 2, AI patent standards: declarations of members' patents to standards bodies. */
@ApplicationModule(allowedDependencies = {"account", "clause", "filing", "member", "registry", "system"})
package org.aiip.tracker.standards;

import org.springframework.modulith.ApplicationModule;
