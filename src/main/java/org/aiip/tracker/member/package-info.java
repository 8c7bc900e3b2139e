/** The initiative's member companies: profile, status and role. */
@ApplicationModule(allowedDependencies = {"system"})
package org.aiip.tracker.member;

import org.springframework.modulith.ApplicationModule;
