/** The initiative's member companies: profile, status and role (texts in the reader's language as system.ShownText). */
@ApplicationModule(allowedDependencies = {"system"})
package org.aiip.tracker.member;

import org.springframework.modulith.ApplicationModule;
