/**
 * The forms through which admins add, change and withdraw member companies and editors keep their
 * own company's profile text. A module of its own, beside {@code member}, because it needs the
 * accounts and the audit trail, which themselves depend on {@code member}.
 */
@ApplicationModule(allowedDependencies = {"account", "member", "system"})
package org.aiip.tracker.memberadmin;

import org.springframework.modulith.ApplicationModule;
