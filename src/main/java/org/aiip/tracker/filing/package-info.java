/** Patent filings of member companies, with the value types that validate application numbers and IPC symbols. Unpublished filings are confidential. */
@ApplicationModule(allowedDependencies = {"account", "member", "system"})
package org.aiip.tracker.filing;

import org.springframework.modulith.ApplicationModule;
