/** Membership over time: when each member joined and left and which legal entity signed, each with its source. */
@ApplicationModule(allowedDependencies = {"account", "member", "system"})
package org.aiip.tracker.membership;

import org.springframework.modulith.ApplicationModule;
