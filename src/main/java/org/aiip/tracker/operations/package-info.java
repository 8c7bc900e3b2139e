/** Running the tracker: the embedded database's online backup for admins. Health and metrics are Spring Boot's Actuator. */
@ApplicationModule(allowedDependencies = {})
package org.aiip.tracker.operations;

import org.springframework.modulith.ApplicationModule;
