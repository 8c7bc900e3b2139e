/** Who you are and what you may do: admin and editor accounts, sign-in with a second factor, brute-force protection, and the rules of which route each role may use. */
@ApplicationModule(allowedDependencies = {"member", "system"})
package org.aiip.tracker.account;

import org.springframework.modulith.ApplicationModule;
