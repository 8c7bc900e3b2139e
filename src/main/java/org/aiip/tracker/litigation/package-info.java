/** Clause 4, curbing malicious litigation: the log of patent cases involving members, and the transfers of members' patents to outsiders. */
@ApplicationModule(allowedDependencies = {"account", "clause", "filing", "member", "registry", "system"})
package org.aiip.tracker.litigation;

import org.springframework.modulith.ApplicationModule;
