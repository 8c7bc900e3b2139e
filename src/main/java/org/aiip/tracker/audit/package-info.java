/** The audit trail: who created, changed or withdrew which record, when, and each field before and after. */
@ApplicationModule(allowedDependencies = {"account", "system"})
package org.aiip.tracker.audit;

import org.springframework.modulith.ApplicationModule;
