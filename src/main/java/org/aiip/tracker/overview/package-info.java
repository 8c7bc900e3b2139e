/** Public pages that combine several features: the dashboard, member profiles and clause pages. */
@ApplicationModule(allowedDependencies = {"agreement", "audit", "clause", "compliance", "filing", "initiative", "member", "system"})
package org.aiip.tracker.overview;

import org.springframework.modulith.ApplicationModule;
