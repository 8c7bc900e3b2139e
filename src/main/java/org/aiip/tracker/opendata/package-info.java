/** Open data: dated snapshots of the whole public record (CSV and JSON in one zip, with a manifest and checksums). */
package org.aiip.tracker.opendata;
