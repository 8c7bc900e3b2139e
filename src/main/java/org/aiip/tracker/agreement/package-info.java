/** Cooperation agreements between member companies. */
@ApplicationModule(allowedDependencies = {"account", "audit", "clause", "member", "system"})
package org.aiip.tracker.agreement;

import org.springframework.modulith.ApplicationModule;
