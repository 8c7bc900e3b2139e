/** Open data: dated snapshots of the whole public record (CSV and JSON in one zip, with a manifest and checksums). */
@ApplicationModule(allowedDependencies = {"account", "audit", "clause", "compliance", "filing", "member", "membership", "system"})
package org.aiip.tracker.opendata;

import org.springframework.modulith.ApplicationModule;
