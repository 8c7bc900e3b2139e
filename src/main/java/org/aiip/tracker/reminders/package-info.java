/**
 * Reminders: assessments whose evidence is old or whose review is due, listed for admins and editors, and an
 * optional weekly e-mail digest.
 */
@ApplicationModule(allowedDependencies = { "account", "clause", "compliance", "member", "system" })
package org.aiip.tracker.reminders;

import org.springframework.modulith.ApplicationModule;
