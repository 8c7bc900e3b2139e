/** How each member stands on each clause: one assessment per member and clause, with evidence. */
@ApplicationModule(allowedDependencies = {"account", "clause", "member", "system"})
package org.aiip.tracker.compliance;

import org.springframework.modulith.ApplicationModule;
