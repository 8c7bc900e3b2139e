/** The clearly labelled synthetic sample data loaded by the default run. */
@ApplicationModule(allowedDependencies = {"agreement", "clause", "compliance", "filing", "member"})
package org.aiip.tracker.sample;

import org.springframework.modulith.ApplicationModule;
