/** Cooperation agreements between member companies. */
@ApplicationModule(allowedDependencies = {"account", "clause", "member", "system"})
package org.aiip.tracker.agreement;

import org.springframework.modulith.ApplicationModule;
