/** Cross-cutting web concerns: language, error pages, layout. */
@ApplicationModule(allowedDependencies = {})
package org.aiip.tracker.system;

import org.springframework.modulith.ApplicationModule;
