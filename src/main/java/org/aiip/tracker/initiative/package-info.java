/** The initiative itself (name, publisher, date) and the reference ranking of AI patent applications it is compared with. */
@ApplicationModule(allowedDependencies = {"system"})
package org.aiip.tracker.initiative;

import org.springframework.modulith.ApplicationModule;
