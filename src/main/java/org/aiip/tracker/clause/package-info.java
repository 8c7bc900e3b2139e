/** The eight clauses of the initiative, each in English, Korean and Chinese. */
@ApplicationModule(allowedDependencies = {"account", "system"})
package org.aiip.tracker.clause;

import org.springframework.modulith.ApplicationModule;
