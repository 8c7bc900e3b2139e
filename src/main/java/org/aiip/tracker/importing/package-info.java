/** Bulk import of filings from CSV: upload, preview against the filing rules, then one all-or-nothing write in the background. */
@ApplicationModule(allowedDependencies = {"account", "filing", "member", "system"})
package org.aiip.tracker.importing;

import org.springframework.modulith.ApplicationModule;
