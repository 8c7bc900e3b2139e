/**
 * The initiative's member companies: profile, status and role (texts in the reader's language as system.ShownText),
 * their aliases, and the forms through which admins add, change and withdraw members and editors keep their own
 * company's profile and propose aliases (in {@code internal}). Who is signed in comes through {@link
 * org.aiip.tracker.member.CurrentEditor}, which the account module implements, so that members need no accounts.
 */
@ApplicationModule(allowedDependencies = {"system"})
package org.aiip.tracker.member;

import org.springframework.modulith.ApplicationModule;
